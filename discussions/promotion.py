"""A thread's question and its answer become content elsewhere (e.g. the FAQ).

Targets come from `home.promotions`; this app never knows which service they
belong to. When the content is published, the target's `promotion_published`
signal brings its address back to the thread.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from discussions import selectors
from discussions.models import Message
from discussions.services import thread_published_answer_record
from home.promotions import (
    Promotion,
    promotion_published,
    promotion_target,
    promotion_targets_for,
)
from osmose_site.input import ascii_id

SOURCE_PREFIX = "discussions.message:"


def promotion_targets(user) -> list:
    if not getattr(user, "is_authenticated", False):
        return []
    return promotion_targets_for(user)


def _answer_to(message: Message) -> Message | None:
    thread = message.thread
    if thread.answer_id:
        answer = thread.answer
        if answer.reply_to_id == message.pk and answer.is_published:
            return answer
    return (
        Message.objects.filter(reply_to=message, status=Message.Status.PUBLISHED)
        .order_by("pk")
        .first()
    )


def message_promotion(*, request, message: Message) -> Promotion:
    """The promotion of a message: its text, and the reply that answers it."""
    answer = _answer_to(message)
    return Promotion(
        source_key=f"{SOURCE_PREFIX}{message.pk}",
        question=message.text,
        answer=answer.text if answer else "",
        source_url=request.build_absolute_uri(selectors.message_url(message)),
        source_title=message.thread.title,
        asker_id=message.author_id,
        answerer_id=answer.author_id if answer else None,
    )


def message_promote(*, request, message: Message, target_key: str) -> str:
    """Hand the message to the target; return the URL where the user finishes."""
    target = promotion_target(target_key)
    if target is None:
        raise Http404
    if not target.allowed(request.user):
        raise PermissionDenied
    return target.create(
        promotion=message_promotion(request=request, message=message),
        by=request.user,
    )


def promotion_published_receiver(sender=None, source_key="", url="", title="", **kw):
    """Link the thread to the published content and tell the people concerned."""
    if not str(source_key).startswith(SOURCE_PREFIX):
        return
    pk = source_key[len(SOURCE_PREFIX) :]
    if ascii_id(pk) is None:
        return
    message = Message.objects.select_related("thread").filter(pk=ascii_id(pk)).first()
    if message is None:
        return
    thread_published_answer_record(message=message, url=url, title=title)


def connect() -> None:
    promotion_published.connect(
        promotion_published_receiver, dispatch_uid="discussions.promotion_published"
    )
