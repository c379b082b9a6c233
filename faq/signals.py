"""What happens when an FAQ entry is published.

Its first publication notifies members through the page's `notification_verb`
(notifications app). Here: the asker and the source of an entry made from a
question hear of its first publication, and members hear of a later one when
the editor moved the "updated on" date forward.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from faq.models import FaqEntryPage
from home.promotions import promotion_published
from home.visibility import page_viewers
from notifications.services import notification_send
from notifications.verbs import Verb


def _actor(instance, revision):
    return getattr(revision, "user", None) or instance.owner


def _promotion_announce(instance: FaqEntryPage, revision) -> None:
    url = instance.get_full_url() or ""
    if instance.asked_by_id:
        # Sent before the members' "new entry" notice, which then skips the
        # asker (once per target): the asker gets this one, which says why.
        notification_send(
            recipients=[instance.asked_by_id],
            actor=_actor(instance, revision),
            verb=Verb.NEW_FAQ,
            target=instance,
            url=instance.get_url() or url,
            title=instance.title,
            excerpt=_("Your question now has its answer in the FAQ."),
            visible_to=page_viewers(instance),
            once_per_target=True,
        )
    promotion_published.send(
        sender=FaqEntryPage,
        source_key=instance.source_key,
        url=url,
        title=instance.title,
    )


def _update_announce(instance: FaqEntryPage, revision) -> None:
    # The notifications app has one FAQ verb, read as "new entry"; the excerpt
    # says it is an update.
    notification_send(
        recipients=get_user_model().objects.all(),
        actor=_actor(instance, revision),
        verb=Verb.NEW_FAQ,
        target=instance,
        url=instance.get_url() or "",
        title=instance.title,
        excerpt=_("Answer updated on %(date)s.")
        % {"date": date_format(instance.updated_on, "DATE_FORMAT")},
        visible_to=page_viewers(instance),
    )


def entry_published(sender, instance: FaqEntryPage, revision=None, **kwargs):
    # Wagtail sets both dates to the same instant on a first publication only.
    first = instance.first_published_at == instance.last_published_at
    if first and instance.source_key:
        _promotion_announce(instance, revision)
    updated_on = instance.updated_on
    if updated_on is None or updated_on == instance.update_notified_on:
        return
    first_day = timezone.localdate(instance.first_published_at)
    moved_forward = updated_on > first_day and (
        instance.update_notified_on is None or updated_on > instance.update_notified_on
    )
    if not first and moved_forward:
        _update_announce(instance, revision)
    FaqEntryPage.objects.filter(pk=instance.pk).update(update_notified_on=updated_on)
    instance.update_notified_on = updated_on
