"""What a committed comment tells other members: mentions and replies."""

from comments.models import Comment
from comments.targets import comment_target_for_model, comment_target_url
from mentions.services import member_text_notify


def _viewers_of(registration, target):
    """A `visible_to` keeping the members the target's registration lets see it."""

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


def comment_notify(*, comment: Comment, created: bool, previous_text: str | None):
    """Notify the members a new or edited comment mentions, and the one it answers."""
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
