"""Every absolute link comes from BASE_URL, which the Wagtail Site follows."""

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from wagtail.models import Site

from home.sites import base_url_host_port, site_sync_with_base_url
from notifications.services import notification_send
from notifications.verbs import Verb
from tests.events.utils import paris, parse_calendar


@pytest.mark.django_db
def test_migrate_gives_the_site_the_address_of_base_url():
    assert settings.BASE_URL == "http://127.0.0.1:8000"
    assert Site.objects.get(is_default_site=True).root_url == settings.BASE_URL


@pytest.mark.django_db
@override_settings(
    BASE_URL="https://osmose.example.gouv.fr",
    WAGTAILADMIN_BASE_URL="https://osmose.example.gouv.fr",
)
def test_event_links_and_emails_use_base_url(
    member_client, member, make_event, make_user, django_capture_on_commit_callbacks
):
    site_sync_with_base_url()
    make_event(title="Atelier", start=paris(2030, 1, 15, 10))

    (vevent,) = parse_calendar(member_client.get("/calendrier/evenement-1/ics/")).walk(
        "VEVENT"
    )
    assert vevent["URL"] == "https://osmose.example.gouv.fr/calendrier/evenement-1/"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        notification_send(
            recipients=[member],
            actor=make_user(),
            verb=Verb.MENTION,
            url="/blog/billet/#commentaire-1",
            title="Billet",
        )
    assert mail.outbox
    assert "https://osmose.example.gouv.fr/blog/billet/#commentaire-1" in (
        mail.outbox[-1].body
    )


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("http://127.0.0.1:8001", ("127.0.0.1", 8001)),
        ("https://osmose.example.gouv.fr", ("osmose.example.gouv.fr", 443)),
        ("http://intranet", ("intranet", 80)),
    ],
)
def test_base_url_host_and_port(base_url, expected):
    assert base_url_host_port(base_url) == expected


def test_base_url_must_be_an_address():
    with pytest.raises(ImproperlyConfigured):
        base_url_host_port("osmose.example.gouv.fr")
