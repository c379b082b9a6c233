import re

from django.test import Client

from faq.models import FaqVote
from tests.helpers import main_content


def vote_url(entry) -> str:
    return entry.url + "vote/"


def test_a_member_votes_and_changes_their_mind(member_client, member, make_entry):
    entry = make_entry("Quels délais ?")

    response = member_client.post(vote_url(entry), {"helpful": "yes"}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == entry.url + "#faq-vote"
    assert FaqVote.objects.get(entry=entry, user=member).helpful is True
    assert 'aria-pressed="true"' in main_content(response)

    member_client.post(vote_url(entry), {"helpful": "no"})

    vote = FaqVote.objects.get(entry=entry, user=member)
    assert vote.helpful is False
    assert FaqVote.objects.count() == 1


def test_a_vote_needs_yes_or_no(member_client, make_entry):
    entry = make_entry("Quels délais ?")

    response = member_client.post(
        vote_url(entry), {"helpful": "peut-être"}, follow=True
    )

    assert response.status_code == 200
    assert not FaqVote.objects.exists()


def test_voting_is_a_post_with_a_csrf_token(member, make_entry):
    entry = make_entry("Quels délais ?")
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    assert client.get(vote_url(entry)).status_code == 405
    assert client.post(vote_url(entry), {"helpful": "yes"}).status_code == 403
    assert not FaqVote.objects.exists()


def test_editors_see_the_counts_in_the_admin(client, editor, make_user, make_entry):
    entry = make_entry("Quelle réponse améliorer ?")
    for helpful in (True, False, False):
        FaqVote.objects.create(entry=entry, user=make_user(), helpful=helpful)
    client.force_login(editor)

    response = client.get("/admin/faq/faqentrypage/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Quelle réponse améliorer ?" in html
    row = html.split("Quelle réponse améliorer ?", 1)[1].split("</tr>", 1)[0]
    assert re.search(r'class="field-helpful_yes[^"]*">1</td>', row)
    assert re.search(r'class="field-helpful_no[^"]*">2</td>', row)
