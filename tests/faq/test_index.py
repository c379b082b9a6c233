import datetime

from faq.models import FaqCategory
from tests.helpers import main_content


def test_index_lists_questions_by_category_as_an_accordion(
    member_client, faq_index, make_entry
):
    other = FaqCategory.objects.create(name="Signature électronique", slug="signature")
    make_entry("Quels sont les délais ?", short_answer="Un à trois mois.")
    make_entry("Faut-il signer ?", category=other, short_answer="Non.")

    response = member_client.get("/faq/")

    assert response.status_code == 200
    html = main_content(response)
    assert "fr-accordion__btn" in html
    assert "Quels sont les délais ?" in html and "Un à trois mois." in html
    assert html.index("Délais d&#x27;instruction") < html.index("Quels sont les délais")
    assert html.index("Signature électronique") < html.index("Faut-il signer ?")
    assert "2 questions" in html


def test_each_answer_has_its_own_address(member_client, make_entry):
    entry = make_entry("Quels sont les délais ?", answer="Trois mois au plus.")

    response = member_client.get(entry.url)

    assert response.status_code == 200
    assert "Trois mois au plus." in response.content.decode()


def test_drafts_are_not_listed(member_client, make_entry):
    make_entry("Brouillon secret ?", publish=False)

    response = member_client.get("/faq/")

    assert "Brouillon secret" not in response.content.decode()


def test_uncategorised_entries_and_latest_updates(member_client, make_entry):
    make_entry("Question sans thème ?", category=None)
    make_entry("Ancienne question ?", updated_on=datetime.date(2026, 1, 5))
    make_entry("Question récente ?", updated_on=datetime.date(2026, 11, 20))

    html = main_content(member_client.get("/faq/"))

    others = html.split("Autres questions", 1)[1]
    assert "Question sans thème ?" in others
    latest = html.split('id="faq-latest-title"', 1)[1]
    assert latest.index("Question récente ?") < latest.index("Ancienne question ?")
    assert "Mis à jour le 20 novembre 2026" in latest
