"""Erasing a member: their contributions stay, signed "Ancien membre"; what was
theirs alone is deleted. Checked row by row."""

import pytest
from axes.models import AccessLog
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session

from comments.models import Comment
from discussions.models import Follow, ReadPosition
from discussions.models import Message as ThreadMessage
from events.models import CalendarSubscription, EventRegistration
from messaging.models import Conversation, Participant
from messaging.models import Message as ChatMessage
from notifications.models import Notification, NotificationPreference
from privacy.models import DataExport
from profiles.models import Profile
from profiles.personal_data import FORMER_MEMBER_USERNAME, erase_member

User = get_user_model()


@pytest.fixture
def erased(activity, client, administrator, django_capture_on_commit_callbacks):
    member = activity.member
    profile = Profile.objects.get(user=member)
    photo_names = [profile.photo_small.name, profile.photo_medium.name]
    storage = profile.photo_small.storage
    assert all(name and storage.exists(name) for name in photo_names)
    AccessLog.objects.create(username=member.username, ip_address="192.0.2.1")
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        erase_member(member, by=administrator)
    activity.photo_names = photo_names
    activity.storage = storage
    return activity


def test_the_account_profile_and_photo_are_gone(erased):
    assert not User.objects.filter(username="ogarnier").exists()
    assert not Profile.objects.filter(user_id=erased.member.pk).exists()
    assert not any(erased.storage.exists(name) for name in erased.photo_names)


def test_comments_stay_signed_former_member(erased, client):
    comment = Comment.objects.get(pk=erased.comment.pk)
    assert comment.text == "Bravo à toute l'équipe !"
    assert comment.author.username == FORMER_MEMBER_USERNAME
    assert not comment.author.is_active
    # The other member's reply still answers it.
    assert Comment.objects.get(pk=erased.reply.pk).parent_id == comment.pk
    client.force_login(erased.other)
    page = client.get(erased.post.url).content.decode()
    assert "Ancien membre" in page
    assert "Odile Garnier" not in page


def test_thread_messages_stay_signed_former_member(erased, client):
    message = ThreadMessage.objects.get(pk=erased.thread_message.pk)
    assert message.author.username == FORMER_MEMBER_USERNAME
    assert message.text == "Nous utilisons un parapheur électronique."
    reply = ThreadMessage.objects.get(pk=erased.other_thread_message.pk)
    assert reply.reply_to_id == message.pk
    assert not Follow.objects.filter(user_id=erased.member.pk).exists()
    assert not ReadPosition.objects.filter(user_id=erased.member.pk).exists()
    client.force_login(erased.other)
    page = client.get(erased.thread.get_absolute_url()).content.decode()
    assert "Ancien membre" in page
    assert "Odile Garnier" not in page


def test_private_messages_are_deleted(erased):
    assert not ChatMessage.objects.filter(pk=erased.chat_message.pk).exists()
    assert not Participant.objects.filter(user_id=erased.member.pk).exists()
    conversation = Conversation.objects.get(pk=erased.conversation.pk)
    # The other member keeps what they wrote, and the list shows it last.
    assert list(conversation.messages.values_list("text", flat=True)) == ["Noté !"]
    assert conversation.last_message_id == erased.other_chat_message.pk


def test_registrations_tokens_notifications_and_sessions_are_deleted(erased):
    member_id = erased.member.pk
    assert not EventRegistration.objects.filter(user_id=member_id).exists()
    assert not CalendarSubscription.objects.filter(user_id=member_id).exists()
    assert not Notification.objects.filter(recipient_id=member_id).exists()
    assert not NotificationPreference.objects.filter(user_id=member_id).exists()
    assert not DataExport.objects.filter(user_id=member_id).exists()
    assert not AccessLog.objects.filter(username="ogarnier").exists()
    sessions = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(member_id) not in sessions


def test_the_feed_address_stops_working(erased, client, feed_url):
    from events.selectors import subscription_token

    token = subscription_token(subscription=erased.subscription)
    assert client.get(f"/calendrier/ical/{token}.ics").status_code == 404


def test_the_member_leaves_the_directory_and_mentions(erased, client):
    client.force_login(erased.other)
    assert "Odile" not in client.get("/membres/?q=garnier").content.decode()
    assert client.get("/membres/ogarnier/").status_code == 404
    suggestions = client.get("/membres/mentions.json?q=odi").content.decode()
    assert "ogarnier" not in suggestions
    assert FORMER_MEMBER_USERNAME not in client.get("/membres/").content.decode()


def test_the_other_members_data_is_untouched(erased):
    other = User.objects.get(pk=erased.other.pk)
    assert other.is_active
    assert Comment.objects.get(pk=erased.reply.pk).author_id == other.pk
    assert Participant.objects.filter(user=other).exists()
