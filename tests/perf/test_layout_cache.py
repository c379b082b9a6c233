"""The layout's member pieces are cached, and still change as soon as their data does.

The bell, the unread message count, the member's photo and the administration
link are read from the cache on every page after the first; each service that
changes them forgets the member's entry.
"""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from home import roles
from messaging.services import conversation_start_direct, message_send
from notifications.services import notification_mark_all_read, notification_send
from notifications.verbs import Verb
from profiles import services as profile_services

PAGE = "/faq/"  # a service page that shows no member data of its own


@pytest.fixture
def member(site_tree):
    return site_tree.users["membre"]


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def _page(client) -> str:
    response = client.get(PAGE)
    assert response.status_code == 200
    return response.content.decode()


def _header_counter(content: str, anchor: str) -> str:
    """The text of the counter badge right after `anchor` in the header, or ""."""
    start = content.index(anchor)
    end = content.index("</summary>" if "notifications" in anchor else "</a>", start)
    part = content[start:end]
    marker = 'class="osmose-counter" aria-hidden="true">'
    if marker not in part:
        return ""
    return part.split(marker, 1)[1].split("<", 1)[0]


@pytest.mark.django_db
def test_layout_pieces_cost_no_query_once_cached(member_client):
    _page(member_client)
    with CaptureQueriesContext(connection) as queries:
        _page(member_client)
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    for table in (
        "notifications_notification",
        "messaging_message",
        "profiles_profile",
        "auth_permission",
    ):
        assert table not in tables


@pytest.mark.django_db
def test_bell_counts_a_new_notification_then_none_once_read(
    member_client, member, make_user
):
    author = make_user(roles.EDITOR)
    assert _header_counter(_page(member_client), 'id="header-notifications"') == ""

    notification_send(
        recipients=[member],
        actor=author,
        verb=Verb.NEW_POST,
        url="/blog/",
        title="Un nouvel article",
    )
    content = _page(member_client)
    assert _header_counter(content, 'id="header-notifications"') == "1"
    assert "Un nouvel article" in content

    notification_mark_all_read(user=member)
    assert _header_counter(_page(member_client), 'id="header-notifications"') == ""


@pytest.mark.django_db
def test_messages_counter_follows_a_new_private_message(
    member_client, member, make_user
):
    other = make_user()
    conversation = conversation_start_direct(author=other, other=member)
    assert _header_counter(_page(member_client), 'id="header-messages"') == ""

    message_send(
        author=other, conversation=conversation, text="Bonjour", check_flood=False
    )

    assert _header_counter(_page(member_client), 'id="header-messages"') == "1"


@pytest.mark.django_db
def test_header_photo_changes_with_the_profile(member_client, member):
    _page(member_client)
    buffer = io.BytesIO()
    Image.new("RGB", (200, 200), (10, 120, 200)).save(buffer, format="PNG")
    upload = SimpleUploadedFile("moi.png", buffer.getvalue(), content_type="image/png")

    profile = profile_services.profile_photo_set(profile=member.profile, upload=upload)

    assert profile.photo_small.url in _page(member_client)


@pytest.mark.django_db
def test_administration_link_appears_when_the_member_becomes_editor(
    member_client, member
):
    assert 'href="/admin/"' not in _page(member_client)

    member.groups.add(Group.objects.get(name=roles.EDITOR))

    assert 'href="/admin/"' in _page(member_client)
