"""A member who has used every service, and someone they talk with."""

from dataclasses import dataclass

import pytest

from comments.services import comment_create
from discussions.models import Theme
from discussions.services import message_create, thread_create
from events.services import event_register, subscription_ensure
from messaging.services import conversation_start_direct, message_send
from notifications.services import notification_send, preferences_update
from notifications.verbs import Verb
from profiles.services import profile_update
from tests.profiles.conftest import image_upload


@dataclass
class Activity:
    member: object
    other: object
    post: object
    comment: object
    reply: object
    thread: object
    thread_message: object
    other_thread_message: object
    conversation: object
    chat_message: object
    other_chat_message: object
    event: object
    subscription: object


@pytest.fixture
def activity(make_user, administrator, make_post, make_event):
    member = make_user(username="ogarnier", first_name="Odile", last_name="Garnier")
    other = make_user(username="pbernard", first_name="Paul", last_name="Bernard")
    profile_update(
        user=member,
        first_name="Odile",
        last_name="Garnier",
        organisation="DDT du Rhône",
        job_title="Instructrice ADS",
        phone="04 72 00 00 00",
        bio="J'instruis les permis de construire.",
        photo=image_upload(),
    )
    post = make_post("Le guichet numérique ouvre")
    comment = comment_create(
        author=member, target=post, text="Bravo à toute l'équipe !", check_flood=False
    )
    reply = comment_create(
        author=other,
        target=post,
        text="Merci Odile.",
        parent=comment,
        check_flood=False,
    )
    theme = Theme.objects.create(title="Instruction", slug="instruction")
    thread = thread_create(
        author=administrator,
        theme=theme,
        title="Signature électronique",
        text="Comment signez-vous les arrêtés ?",
        notify=False,
    )
    thread_message = message_create(
        author=member,
        thread=thread,
        text="Nous utilisons un parapheur électronique.",
        check_flood=False,
        notify=False,
    )
    other_thread_message = message_create(
        author=other,
        thread=thread,
        text="Lequel ?",
        reply_to=thread_message,
        check_flood=False,
        notify=False,
    )
    conversation = conversation_start_direct(author=member, other=other)
    chat_message = message_send(
        author=member,
        conversation=conversation,
        text="Mon numéro personnel : 06 00 00 00 00",
        check_flood=False,
    )
    other_chat_message = message_send(
        author=other, conversation=conversation, text="Noté !", check_flood=False
    )
    event = make_event(title="Atelier signature")
    event_register(user=member, event=event)
    subscription = subscription_ensure(user=member)
    preferences_update(user=member, choices={Verb.NEW_POST: (True, True)})
    notification_send(
        recipients=[member],
        actor=other,
        verb=Verb.MENTION,
        target=reply,
        url=reply.get_absolute_url(),
        title=post.title,
    )
    return Activity(
        member=member,
        other=other,
        post=post,
        comment=comment,
        reply=reply,
        thread=thread,
        thread_message=thread_message,
        other_thread_message=other_thread_message,
        conversation=conversation,
        chat_message=chat_message,
        other_chat_message=other_chat_message,
        event=event,
        subscription=subscription,
    )
