import datetime
from datetime import timedelta

from django.utils import timezone

from notifications.models import Notification
from notifications.services import visit_record
from notifications.verbs import Verb, offered_verbs
from tests.helpers import main_content


def notices_of(user):
    return Notification.objects.filter(recipient=user, event__verb=Verb.NEW_FAQ)


def test_a_new_entry_notifies_members_once(member, editor, make_entry):
    entry = make_entry("Quels délais ?")
    entry.save_revision(user=editor).publish(user=editor)

    notice = notices_of(member).get()
    assert notice.event.target_title == "Quels délais ?"
    assert notice.event.target_url == entry.url


def test_moving_the_updated_on_date_forward_notifies_again(member, editor, make_entry):
    entry = make_entry("Quels délais ?")
    entry.save_revision(user=editor).publish(user=editor)  # a typo fixed
    assert notices_of(member).count() == 1

    entry.updated_on = timezone.localdate() + datetime.timedelta(days=1)
    entry.save_revision(user=editor).publish(user=editor)
    entry.refresh_from_db()
    entry.save_revision(user=editor).publish(user=editor)  # same date again

    assert notices_of(member).count() == 2
    latest = notices_of(member).order_by("-event__created_at").first()
    assert latest.event.excerpt.startswith(("Answer updated on", "Réponse mise à jour"))


def test_a_new_entry_shows_since_the_last_visit_and_on_the_home(
    member_client, member, make_entry
):
    visit_record(user=member, now=timezone.now() - timedelta(days=2))
    visit_record(user=member, now=timezone.now() - timedelta(days=1))
    make_entry("Quels délais ?", short_answer="Trois mois.")

    response = member_client.get("/")

    assert response.status_code == 200
    html = main_content(response)
    assert html.count("Quels délais ?") >= 2
    assert "Nouvelles entrées de FAQ" in html or "New FAQ entries" in html


def test_home_section_is_absent_without_entries(member_client, faq_index):
    response = member_client.get("/")

    assert response.status_code == 200
    html = main_content(response)
    assert "Nouvelles entrées de FAQ" not in html and "New FAQ entries" not in html


def test_members_may_choose_how_they_hear_of_new_entries():
    assert Verb.NEW_FAQ in offered_verbs()
