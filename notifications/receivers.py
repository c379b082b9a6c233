"""Events the notifications app listens to without importing any content app.

* a login starts a new visit (for "since your last visit");
* the first publication of a page whose class sets `notification_verb`
  (e.g. `notification_verb = "new_post"`) tells every member who may see it;
* a deleted page takes its notifications with it (their links would break);
* a view restriction added to a page withdraws the notifications about it (and
  its subpages) from the members it now excludes.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.utils.html import strip_tags

from home.visibility import page_viewers
from notifications.services import (
    notification_delete_for_target,
    notification_prune_for_page,
    notification_send,
    visit_record,
)


def member_logged_in(sender, request, user, **kwargs):
    visit_record(user=user)


def page_excerpt(page) -> str:
    excerpt = getattr(page, "search_description", "") or ""
    if not excerpt:
        introduction = getattr(page, "introduction", "")
        excerpt = strip_tags(str(introduction or ""))
    return excerpt


def page_first_published(sender, instance, revision=None, **kwargs):
    verb = getattr(instance, "notification_verb", "")
    # Wagtail sets both dates to the same instant on a first publication only.
    if not verb or instance.first_published_at != instance.last_published_at:
        return
    actor = getattr(revision, "user", None) or instance.owner
    notification_send(
        recipients=get_user_model().objects.all(),
        actor=actor,
        verb=verb,
        target=instance,
        url=instance.get_url() or "",
        title=instance.title,
        excerpt=page_excerpt(instance),
        visible_to=page_viewers(instance),
        once_per_target=True,
    )


def page_deleted(sender, instance, **kwargs):
    notification_delete_for_target(target=instance)


def restriction_saved(sender, instance, raw=False, **kwargs):
    # A group restriction gets its groups after it is saved: see groups_changed.
    if not raw and instance.restriction_type != instance.GROUPS:
        notification_prune_for_page(page=instance.page)


def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and hasattr(
        instance, "restriction_type"
    ):
        notification_prune_for_page(page=instance.page)


def connect() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published

    user_logged_in.connect(member_logged_in, dispatch_uid="notifications.login")
    post_delete.connect(page_deleted, sender=Page, dispatch_uid="notifications.page")
    post_save.connect(
        restriction_saved,
        sender=PageViewRestriction,
        dispatch_uid="notifications.restriction",
    )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="notifications.restriction_groups",
    )
    page_published.connect(
        page_first_published, dispatch_uid="notifications.page_first_published"
    )
