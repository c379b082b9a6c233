"""Events the notifications app listens to without importing any content app.

* a login starts a new visit (for "since your last visit");
* the first publication of a page whose class sets `notification_verb`
  (e.g. `notification_verb = "new_post"`) tells every member who may see it.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.utils.html import strip_tags

from notifications.services import notification_send, visit_record
from notifications.visibility import page_viewers


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


def connect() -> None:
    from wagtail.signals import page_published

    user_logged_in.connect(member_logged_in, dispatch_uid="notifications.login")
    page_published.connect(
        page_first_published, dispatch_uid="notifications.page_first_published"
    )
