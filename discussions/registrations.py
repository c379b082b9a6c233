"""What the discussion spaces add to the home page, search, profiles and the
"since your last visit" block, through the registries of the lower apps."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from discussions import selectors
from discussions.models import DiscussionIndexPage
from discussions.personal_data import discussions_erase, discussions_export
from home.search_sources import register_search_source
from home.sections import register_home_section
from mentions.directory import mentions_prefetch
from mentions.rendering import member_text_plain
from notifications.since_last_visit import register_since_last_visit_count
from notifications.verbs import Verb, offer_verbs
from profiles.contributions import Contribution, register_contribution_source
from profiles.personal_data import register_personal_data


def _index_url() -> str:
    index = DiscussionIndexPage.objects.live().first()
    return (index.url if index is not None else "") or "/"


def home_section(*, user, home) -> dict | None:
    """ "Échanges récents": the latest active threads with my unread counts."""
    threads = selectors.thread_recent_for_user(user=user)
    if not threads:
        return None
    return {"threads": threads, "index_url": _index_url()}


def messages_by_member(*, member, viewer, limit: int) -> list[Contribution]:
    """A member's latest messages, for their profile."""
    rows = selectors.message_list_by_member(member=member, limit=limit)
    mentions_prefetch(message.text for message in rows)
    return [
        Contribution(
            title=_("In “%(title)s”") % {"title": message.thread.title},
            url=message.get_absolute_url(),
            date=message.created_at,
            excerpt=member_text_plain(message.text),
        )
        for message in rows
    ]


def _new_messages_label(count: int) -> str:
    return ngettext(
        "%(count)d new message in the discussion spaces",
        "%(count)d new messages in the discussion spaces",
        count,
    ) % {"count": count}


def register() -> None:
    # NEW_FAQ: followers hear of an answer drawn from their thread and published.
    offer_verbs(Verb.THREAD_MESSAGE, Verb.NEW_THREAD, Verb.NEW_FAQ)
    register_home_section(
        key="discussions",
        order=25,
        template="discussions/home_section.html",
        build=home_section,
    )
    register_search_source(
        key="threads",
        label=_("Discussion threads"),
        order=30,
        search=selectors.thread_search_for_user,
        template="discussions/search/thread_result.html",
        describe=selectors.thread_search_hit,
        sorts_by_date=True,
        suggest=selectors.thread_suggestions_for_user,
    )
    register_search_source(
        key="messages",
        label=_("Messages"),
        order=31,
        search=selectors.message_search_for_user,
        template="discussions/search/message_result.html",
        describe=selectors.message_search_hit,
        sorts_by_date=True,
    )
    register_contribution_source(
        key="discussions",
        label=_("Messages in the discussion spaces"),
        order=30,
        build=messages_by_member,
    )
    register_since_last_visit_count(
        key="discussions",
        order=10,
        count=selectors.message_count_since,
        label=_new_messages_label,
        url=_index_url,
    )
    register_personal_data(
        key="discussions",
        label=_("Discussion spaces"),
        order=40,
        export=discussions_export,
        erase=discussions_erase,
    )
