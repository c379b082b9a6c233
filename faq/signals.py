"""What happens when an FAQ entry is published."""

from django.utils.translation import gettext as _

from faq.models import FaqEntryPage
from home.promotions import promotion_published
from home.visibility import page_viewers
from notifications.services import notification_send
from notifications.verbs import Verb


def entry_published(sender, instance: FaqEntryPage, revision=None, **kwargs):
    """First publication of an entry made from a question: tell the asker and
    the source (which links to it and tells its own people)."""
    if not instance.source_key:
        return
    # Wagtail sets both dates to the same instant on a first publication only.
    if instance.first_published_at != instance.last_published_at:
        return
    url = instance.get_full_url() or ""
    if instance.asked_by_id:
        # Sent before the members' "new entry" notice, which then skips the
        # asker (once per target): the asker gets this one, which says why.
        notification_send(
            recipients=[instance.asked_by_id],
            actor=getattr(revision, "user", None) or instance.owner,
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
