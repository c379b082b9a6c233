from datetime import timedelta

import pytest
from django.utils import timezone

from home.models import StandardPage
from notifications.models import MemberVisit, NotificationEvent
from notifications.services import notification_send, visit_record
from notifications.verbs import Verb

TITLE = "Nouveautés depuis votre dernière visite"


@pytest.mark.django_db
def test_logging_in_keeps_the_previous_visit(client, member, site_tree):
    for _ in range(2):
        client.post(
            "/connexion/", {"username": "membre", "password": "motdepasse-solide-42"}
        )
        client.post("/deconnexion/")

    visit = MemberVisit.objects.get(user=member)
    assert visit.previous_visit_at is not None
    assert visit.previous_visit_at < visit.current_visit_at


@pytest.mark.django_db
def test_first_visit_shows_no_section(member_client, member, site_tree):
    # member_client logged in once: there is no previous visit yet.
    assert MemberVisit.objects.get(user=member).previous_visit_at is None
    assert TITLE not in member_client.get("/").content.decode()


@pytest.mark.django_db
def test_home_lists_what_is_new_since_the_previous_visit(
    member_client, member, author, site_tree
):
    home = site_tree.home
    last_week = timezone.now() - timedelta(days=7)
    visit_record(user=member, now=last_week - timedelta(days=1))
    visit_record(user=member, now=timezone.now())

    old = StandardPage(title="Ancienne page", slug="ancienne")
    home.add_child(instance=old)
    old.save_revision().publish()
    section = StandardPage(title="Guides", slug="guides")
    home.add_child(instance=section)
    fresh = StandardPage(title="Guide tout neuf", slug="guide-neuf")
    section.add_child(instance=fresh)
    fresh.save_revision().publish()
    notification_send(
        recipients=[member],
        actor=author,
        verb=Verb.REPLY,
        target=fresh,
        title="Guide tout neuf",
    )
    notification_send(
        recipients=[member],
        actor=author,
        verb=Verb.MENTION,
        target=old,
        title="Vieux fil",
    )
    NotificationEvent.objects.filter(target_title="Vieux fil").update(
        created_at=last_week - timedelta(days=3)
    )

    content = member_client.get("/").content.decode()

    assert TITLE in content
    section_html = content[content.index(TITLE) :]
    assert (
        "Karim Benali a répondu à votre commentaire sur « Guide tout neuf »"
        in section_html
    )
    assert "Vieux fil" not in section_html
    assert 'href="/guides/guide-neuf/"' in section_html


@pytest.mark.django_db
def test_section_says_when_nothing_is_new(member_client, member, site_tree):
    visit_record(user=member, now=timezone.now() - timedelta(minutes=5))
    visit_record(user=member)

    assert "Rien de nouveau depuis votre dernière visite." in (
        member_client.get("/").content.decode()
    )
