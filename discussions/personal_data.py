"""The discussion spaces' part of a member's personal data."""

from discussions.models import Follow, Message, ReadPosition, Report, Thread
from profiles.personal_data import PersonalData, former_member


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def discussions_export(user) -> PersonalData:
    messages = Message.objects.filter(author=user).select_related("thread")
    return PersonalData(
        data={
            "threads_opened": [
                {"title": thread.title, "url": thread.get_absolute_url()}
                for thread in Thread.objects.filter(author=user).order_by("pk")
            ],
            "messages": [
                {
                    "id": message.pk,
                    "thread": message.thread.title,
                    "url": message.get_absolute_url(),
                    "text": message.text,
                    "status": message.status,
                    "in_reply_to": message.reply_to_id,
                    "created_at": _iso(message.created_at),
                    "edited_at": _iso(message.edited_at),
                }
                for message in messages.order_by("pk")
            ],
            "followed_threads": [
                follow.thread.title
                for follow in Follow.objects.filter(user=user)
                .select_related("thread")
                .order_by("pk")
            ],
            "reports": [
                {"message": report.message_id, "reason": report.reason}
                for report in Report.objects.filter(reporter=user).order_by("pk")
            ],
        }
    )


def discussions_erase(user) -> None:
    """Messages and threads stay in place, signed "Ancien membre"; what was the
    member's alone (follows, read positions, reports) goes."""
    former = former_member()
    Message.objects.filter(author=user).update(author=former)
    Thread.objects.filter(author=user).update(author=former)
    Message.objects.filter(moderated_by=user).update(moderated_by=None)
    Follow.objects.filter(user=user).delete()
    ReadPosition.objects.filter(user=user).delete()
    Report.objects.filter(reporter=user).delete()
