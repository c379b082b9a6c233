from faq.selectors import faq_ask_question_url


def test_ask_link_points_to_the_members_questions_thread():
    # Reversed once the discussions service names the URL, same address before.
    assert faq_ask_question_url() == "/echanges/fil/faq-posez-vos-questions/"
