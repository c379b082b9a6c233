"""Wire member-text apps' signals to mention and reply notifications.

The comments app sends `comment_posted` / `comment_edited` once a change is
committed; this module (not the notifications app, which imports no content
app) turns them into notifications. It connects only if comments is installed.
"""

from django.apps import apps

from mentions.services import member_text_notify


def _viewers_of(registration, target):
    """A `visible_to` keeping the members the comments app lets see `target`."""

    def narrow(users):
        if registration is None:
            return users.none()
        # Mentions and replies reach a handful of members: one check each.
        allowed = [
            user.pk
            for user in users
            if registration.visible_to(user).filter(pk=target.pk).exists()
        ]
        return users.filter(pk__in=allowed)

    return narrow


def comment_saved(sender, comment, created=False, previous_text=None, **kwargs):
    """Notify the members a new or edited comment mentions, and the one it answers."""
    from comments.targets import comment_target_for_model, comment_target_url

    if comment.author_id is None or not comment.is_published:
        return
    target = comment.target
    if target is None:
        return
    model = getattr(target, "specific_class", None) or type(target)
    page_url = comment_target_url(target)
    url = f"{page_url}#{comment.anchor}" if page_url else comment.get_absolute_url()
    reply_to = None
    if created and comment.parent_id is not None:
        parent = comment.parent
        reply_to = parent.author if parent.is_published else None
    member_text_notify(
        author=comment.author,
        text=comment.text,
        target=comment,
        url=url,
        title=str(getattr(target, "title", "") or target),
        previous_text=None if created else (previous_text or ""),
        reply_to=reply_to,
        visible_to=_viewers_of(comment_target_for_model(model), target),
    )


def connect() -> None:
    if not apps.is_installed("comments"):
        return
    from comments.signals import comment_edited, comment_posted

    comment_posted.connect(comment_saved, dispatch_uid="mentions.comment_posted")
    comment_edited.connect(comment_saved, dispatch_uid="mentions.comment_edited")
