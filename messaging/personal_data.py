"""The messaging's part of a member's personal data."""

from django.db.models import OuterRef, Subquery

from messaging.models import Conversation, Message, MessageReport, Participant
from profiles.personal_data import PersonalData


def messaging_export(user) -> PersonalData:
    """The conversations the member is in and the messages they wrote (the
    others' messages are their authors' data)."""
    memberships = Participant.objects.filter(user=user).select_related("conversation")
    return PersonalData(
        data={
            "conversations": [
                {
                    "id": membership.conversation_id,
                    "name": membership.conversation.title,
                    "group": membership.conversation.is_group,
                    "joined_at": membership.joined_at.isoformat(),
                }
                for membership in memberships.order_by("conversation_id")
            ],
            "messages": [
                {
                    "conversation": message.conversation_id,
                    "text": message.text,
                    "sent_at": message.created_at.isoformat(),
                }
                for message in Message.objects.filter(author=user).order_by("pk")
            ],
            "reports": [
                {"message": report.message_id, "reason": report.reason}
                for report in MessageReport.objects.filter(reporter=user).order_by("pk")
            ],
        }
    )


def messaging_erase(user) -> None:
    """Delete the member's private messages and memberships; a conversation
    nobody is left in goes too."""
    touched = set(
        Participant.objects.filter(user=user).values_list("conversation_id", flat=True)
    ) | set(
        Message.objects.filter(author=user).values_list("conversation_id", flat=True)
    )
    Message.objects.filter(author=user).delete()
    Participant.objects.filter(user=user).delete()
    MessageReport.objects.filter(reporter=user).delete()
    MessageReport.objects.filter(handled_by=user).update(handled_by=None)
    Conversation.objects.filter(pk__in=touched, participants__isnull=True).delete()
    latest = Message.objects.filter(conversation=OuterRef("pk")).order_by("-id")
    Conversation.objects.filter(pk__in=touched).update(
        last_message=Subquery(latest.values("id")[:1]),
        last_message_at=Subquery(latest.values("created_at")[:1]),
    )
