"""The feed answers anonymously to its secret token only, cheaply for pollers."""

import pytest
from django.test import Client
from django.utils.http import http_date

from events.models import CalendarSubscription
from tests.events.utils import paris, parse_calendar, vevents


@pytest.mark.django_db
def test_feed_answers_without_a_session(client, feed_url, member, make_event):
    make_event(title="Webinaire")

    response = client.get(feed_url(member))

    assert "_auth_user_id" not in client.session
    assert list(vevents(parse_calendar(response))) == ["Webinaire"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token",
    [
        "",
        "x",
        "A" * 56,
        "tokenthatisdefinitelynotvalidbutlookslikeoneaaaaaaaaaaaa",
    ],
    ids=["missing", "short", "random", "random-shaped"],
)
def test_wrong_or_missing_token_is_a_404(client, feed_url, member, token):
    feed_url(member)

    response = client.get(f"/calendrier/ical/{token}.ics")

    assert response.status_code == 404
    assert b"VCALENDAR" not in response.content


@pytest.mark.django_db
def test_wrong_and_missing_tokens_get_the_same_answer(client, site_tree):
    missing = client.get("/calendrier/ical/.ics")
    wrong = client.get("/calendrier/ical/" + "b" * 56 + ".ics")

    assert missing.status_code == wrong.status_code == 404
    assert missing.content == wrong.content


@pytest.mark.django_db
def test_token_with_a_forged_signature_is_refused(client, feed_url, member):
    url = feed_url(member)
    token = url.removeprefix("/calendrier/ical/").removesuffix(".ics")
    forged = token[:24] + ("0" if token[24] != "0" else "1") + token[25:]

    assert client.get(url).status_code == 200
    assert client.get(f"/calendrier/ical/{forged}.ics").status_code == 404


@pytest.mark.django_db
def test_only_the_signature_is_secret_the_stored_key_alone_opens_nothing(
    client, feed_url, member
):
    feed_url(member)
    key = CalendarSubscription.objects.get(user=member).key

    assert client.get(f"/calendrier/ical/{key}.ics").status_code == 404
    assert client.get(f"/calendrier/ical/{key}{'0' * 32}.ics").status_code == 404


@pytest.mark.django_db
def test_regenerating_invalidates_the_old_address_at_once(
    member_client, feed_url, member, site_tree
):
    client = Client()  # a calendar application: no session
    old = feed_url(member)

    response = member_client.post("/calendrier/abonnement/nouveau-lien/")
    new = feed_url(member)

    assert response.status_code == 302
    assert response["Location"] == "/calendrier/#abonnement"
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    page = member_client.get("/calendrier/").content.decode()
    assert new in page
    assert "adresse d&#x27;abonnement a été renouvelée" in page


@pytest.mark.django_db
def test_regenerating_needs_a_post(member_client, site_tree):
    assert member_client.get("/calendrier/abonnement/nouveau-lien/").status_code == 405


@pytest.mark.django_db
def test_regenerating_needs_a_csrf_token(client, member, site_tree):
    client.handler.enforce_csrf_checks = True
    client.force_login(member)

    response = client.post("/calendrier/abonnement/nouveau-lien/")

    assert response.status_code == 403


@pytest.mark.django_db
def test_deactivated_member_loses_the_feed(client, feed_url, member):
    url = feed_url(member)
    member.is_active = False
    member.save()

    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_feed_has_cache_headers_and_answers_304_to_a_conditional_get(
    client, feed_url, member, make_event
):
    make_event(title="Atelier")
    url = feed_url(member)
    first = client.get(url)

    by_etag = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert first["ETag"].startswith('"')
    assert "private" in first["Cache-Control"]
    assert "max-age=300" in first["Cache-Control"]
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_etag["ETag"] == first["ETag"]
    assert by_date.status_code == 304


@pytest.mark.django_db
def test_unchanged_feed_gives_the_same_bytes_and_etag(
    client, feed_url, member, make_event
):
    make_event(title="Atelier", online_url="https://visio.example/a")
    url = feed_url(member)

    first, second = client.get(url), client.get(url)

    assert first.content == second.content
    assert first["ETag"] == second["ETag"]


@pytest.mark.django_db
def test_conditional_get_sees_a_published_change(
    client, feed_url, member, make_event, publish_change
):
    event = make_event(title="Atelier")
    url = feed_url(member)
    first = client.get(url)

    publish_change(
        event,
        title="Atelier reporté",
        start=paris(2026, 5, 5, 10),
        end=paris(2026, 5, 5, 12),
    )
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert "Atelier reporté" in vevents(parse_calendar(again))


@pytest.mark.django_db
def test_conditional_get_sees_an_unpublished_event(
    client, feed_url, member, make_event
):
    event = make_event(title="Atelier")
    url = feed_url(member)
    first = client.get(url)

    event.unpublish()
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 200
    assert vevents(parse_calendar(again)) == {}


@pytest.mark.django_db
def test_old_if_modified_since_gets_the_full_feed(client, feed_url, member, make_event):
    make_event(title="Atelier")

    response = client.get(feed_url(member), HTTP_IF_MODIFIED_SINCE=http_date(0))

    assert response.status_code == 200


@pytest.mark.django_db
def test_head_request_is_answered(client, feed_url, member):
    assert client.head(feed_url(member)).status_code == 200


@pytest.mark.django_db
def test_feed_queries_do_not_grow_with_events(
    client, feed_url, member, make_event, django_assert_max_num_queries
):
    url = feed_url(member)
    make_event(title="Premier")
    make_event(title="Second")
    with django_assert_max_num_queries(9) as few:
        first = client.get(url)
    for n in range(15):
        make_event(title=f"Atelier {n}", online_url="https://visio.example/a")

    with django_assert_max_num_queries(len(few.captured_queries)):
        full = client.get(url)
    with django_assert_max_num_queries(6):
        not_modified = client.get(url, HTTP_IF_NONE_MATCH=full["ETag"])

    assert len(vevents(parse_calendar(first))) == 2
    assert len(vevents(parse_calendar(full))) == 17
    assert not_modified.status_code == 304
