"""Reads on themes, threads and messages, with what each member has read.

Every member sees every thread; hidden and deleted messages keep their place
in a thread but never show their text, match a search or count as unread.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import (
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.search.backends import get_search_backend

from discussions.models import Follow, Message, ReadPosition, Theme, Thread
from home.pagination import paginate
from home.search_sources import SearchHit

MESSAGES_PER_PAGE = 25
THREADS_PER_THEME_ON_INDEX = 8
THREADS_PER_THEME_PAGE = 20
HOME_THREADS = 5


def _is_member(user) -> bool:
    return bool(getattr(user, "is_authenticated", False))


def thread_annotate_unread(queryset: QuerySet, *, user) -> QuerySet:
    """Add `unread_count`: published messages by others past the member's position."""
    if not _is_member(user):
        return queryset.annotate(unread_count=Value(0, output_field=IntegerField()))
    position = ReadPosition.objects.filter(user=user, thread=OuterRef("pk")).values(
        "last_read_message_id"
    )[:1]
    unread = (
        Message.objects.filter(
            thread=OuterRef("pk"),
            status=Message.Status.PUBLISHED,
            pk__gt=Coalesce(OuterRef("read_upto"), Value(0)),
        )
        .exclude(author=user)
        .order_by()
        .values("thread")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return queryset.annotate(
        read_upto=Subquery(position, output_field=IntegerField())
    ).annotate(
        unread_count=Coalesce(Subquery(unread, output_field=IntegerField()), Value(0))
    )


def thread_list_for_user(*, user, theme: Theme | None = None) -> QuerySet:
    """Threads as lists show them: pinned first, then by last activity."""
    threads = Thread.objects.select_related(
        "theme", "last_message", "last_message__author"
    ).order_by("-pinned", F("last_activity_at").desc(nulls_last=True), "-pk")
    if theme is not None:
        threads = threads.filter(theme=theme)
    return thread_annotate_unread(threads, user=user)


@dataclass
class ThemeWithThreads:
    theme: Theme
    threads: list[Thread] = field(default_factory=list)
    thread_total: int = 0


def theme_list_with_threads_for_user(
    *, user, per_theme: int = THREADS_PER_THEME_ON_INDEX
) -> list[ThemeWithThreads]:
    """Each theme with its first threads and its thread count, in two queries."""
    themes = {
        theme.pk: ThemeWithThreads(theme=theme, thread_total=theme.thread_total)
        for theme in Theme.objects.annotate(thread_total=Count("threads")).order_by(
            "order", "title"
        )
    }
    ranked = thread_list_for_user(user=user).annotate(
        rank=Window(
            RowNumber(),
            partition_by=[F("theme_id")],
            order_by=[
                F("pinned").desc(),
                F("last_activity_at").desc(nulls_last=True),
                F("pk").desc(),
            ],
        )
    )
    for thread in ranked.filter(rank__lte=per_theme):
        themes[thread.theme_id].threads.append(thread)
    return list(themes.values())


def theme_get(*, slug: str) -> Theme:
    theme = Theme.objects.filter(slug=slug).first()
    if theme is None:
        raise Http404
    return theme


def thread_get_for_user(*, user, slug: str) -> Thread:
    """A thread by its slug, with what its page needs, or Http404."""
    thread = (
        Thread.objects.select_related("theme", "answer", "answer__author")
        .filter(slug=slug)
        .first()
    )
    if thread is None:
        raise Http404
    return thread


def message_get_for_user(*, user, pk: int, published: bool = True) -> Message:
    """A message (published unless told otherwise) with its thread, or Http404."""
    messages = Message.objects.select_related("thread", "author", "reply_to")
    if published:
        messages = messages.filter(status=Message.Status.PUBLISHED)
    message = messages.filter(pk=pk).first()
    if message is None:
        raise Http404
    return message


def message_list_for_thread(*, thread: Thread) -> QuerySet:
    """Every message of the thread in order, removed ones as placeholders."""
    return (
        Message.objects.filter(thread=thread)
        .select_related("author", "author__profile", "reply_to", "reply_to__author")
        .order_by("pk")
    )


def message_page_number(*, message_id: int, thread_id: int) -> int:
    """The page of its thread a message is on."""
    before = Message.objects.filter(thread_id=thread_id, pk__lt=message_id).count()
    return before // MESSAGES_PER_PAGE + 1


def message_url(message: Message) -> str:
    """The thread page showing the message, with its anchor."""
    url = reverse("discussions:thread", kwargs={"slug": message.thread.slug})
    page = message_page_number(message_id=message.pk, thread_id=message.thread_id)
    if page > 1:
        url = f"{url}?page={page}"
    return f"{url}#{message.anchor}"


def read_position_for_user(*, user, thread: Thread) -> int:
    """The last message id the member has read in the thread (0: none)."""
    if not _is_member(user):
        return 0
    return (
        ReadPosition.objects.filter(user=user, thread=thread)
        .values_list("last_read_message_id", flat=True)
        .first()
        or 0
    )


def first_unread_message_id(*, user, thread: Thread, read_upto: int) -> int | None:
    """The member's first unread message in the thread (not their own), if any."""
    if not _is_member(user):
        return None
    return (
        Message.objects.filter(
            thread=thread, status=Message.Status.PUBLISHED, pk__gt=read_upto
        )
        .exclude(author=user)
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )


def thread_is_followed(*, user, thread: Thread) -> bool:
    if not _is_member(user):
        return False
    return Follow.objects.filter(user=user, thread=thread).exists()


def thread_page_for_user(*, user, thread: Thread, page_number):
    """One page of the thread's messages."""
    return paginate(
        message_list_for_thread(thread=thread),
        page_number=page_number,
        per_page=MESSAGES_PER_PAGE,
    )


def thread_recent_for_user(*, user, limit: int = HOME_THREADS) -> list[Thread]:
    """The latest active threads, with the member's unread counts."""
    return list(
        thread_annotate_unread(
            Thread.objects.select_related(
                "theme", "last_message", "last_message__author"
            ).order_by(F("last_activity_at").desc(nulls_last=True), "-pk"),
            user=user,
        )[:limit]
    )


def message_count_since(*, user, since: datetime) -> int:
    """Published messages by other members posted after `since`.

    Messages without an author (the platform threads' openings) are no news.
    """
    return (
        Message.objects.filter(
            status=Message.Status.PUBLISHED,
            created_at__gt=since,
            author__isnull=False,
        )
        .exclude(author=user)
        .count()
    )


def message_search_for_user(*, user, query: str, by_date: bool = False):
    """Published messages matching the query, best (or newest) first."""
    messages = Message.objects.filter(status=Message.Status.PUBLISHED).select_related(
        "thread", "author"
    )
    if by_date:
        return get_search_backend().search(
            query,
            messages.order_by("-created_at"),
            operator="and",
            order_by_relevance=False,
        )
    return get_search_backend().search(query, messages, operator="and")


def thread_search_for_user(*, user, query: str, by_date: bool = False):
    """Threads whose title matches the query, best (or most active) first."""
    threads = Thread.objects.select_related("theme")
    if by_date:
        return get_search_backend().search(
            query,
            threads.order_by("-last_activity_at"),
            operator="and",
            order_by_relevance=False,
        )
    return get_search_backend().search(query, threads, operator="and")


def thread_suggestions_for_user(*, user, query: str, limit: int) -> list[SearchHit]:
    """Thread titles starting with what a member types."""
    threads = get_search_backend().autocomplete(query, Thread.objects.all())[:limit]
    return [
        SearchHit(title=thread.title, url=thread.get_absolute_url())
        for thread in threads
    ]


def thread_search_hit(thread: Thread) -> SearchHit:
    return SearchHit(
        title=thread.title,
        url=thread.get_absolute_url(),
        date=thread.last_activity_at or thread.created_at,
        text=thread.title,
        context=thread.theme.title,
    )


_MENTION_TOKEN = re.compile(r"@\[([^\]]+)\]")


def message_search_hit(message: Message) -> SearchHit:
    author = message.author
    return SearchHit(
        title=_("Message in “%(title)s”") % {"title": message.thread.title},
        url=message.get_absolute_url(),
        date=message.created_at,
        # Mention tokens read as the names typed.
        text=_MENTION_TOKEN.sub(r"@\1", message.text),
        context=(author.get_full_name() or author.get_username()) if author else "",
    )


def message_list_by_member(*, member, limit: int) -> list[Message]:
    """A member's latest published messages."""
    return list(
        Message.objects.filter(author=member, status=Message.Status.PUBLISHED)
        .select_related("thread")
        .order_by("-pk")[:limit]
    )


def message_moderation_queryset() -> QuerySet:
    """Messages for the moderators, with their open report count."""
    return Message.objects.select_related("thread", "author").annotate(
        open_reports=Count("reports", filter=Q(reports__handled_at=None))
    )
