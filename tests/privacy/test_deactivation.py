"""Deactivating a member ends their access at once: sessions, feed, login."""

import pytest
from django.contrib.sessions.models import Session

from comments.models import Comment
from events.models import CalendarSubscription
from events.selectors import subscription_token
from profiles.personal_data import deactivate_member


@pytest.fixture
def signed_in(activity, client):
    client.force_login(activity.member)
    assert client.get("/").status_code == 200
    return client


def test_open_sessions_end_at_once(signed_in, activity, administrator):
    deactivate_member(activity.member, by=administrator)
    response = signed_in.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/")
    sessions = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(activity.member.pk) not in sessions


def test_the_calendar_address_stops_working(client, activity, administrator):
    token = subscription_token(subscription=activity.subscription)
    assert client.get(f"/calendrier/ical/{token}.ics").status_code == 200
    deactivate_member(activity.member, by=administrator)
    assert client.get(f"/calendrier/ical/{token}.ics").status_code == 404
    assert not CalendarSubscription.objects.filter(user=activity.member).exists()


def test_the_member_can_no_longer_sign_in(client, activity, administrator):
    deactivate_member(activity.member, by=administrator)
    response = client.post(
        "/connexion/",
        {"username": activity.member.username, "password": "motdepasse-solide-42"},
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_their_contributions_stay_theirs(activity, administrator):
    deactivate_member(activity.member, by=administrator)
    assert Comment.objects.get(pk=activity.comment.pk).author_id == activity.member.pk
