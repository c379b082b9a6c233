"""Writes on comments: post, edit, delete, hide. Views, admin and demo call these.

Side effects wait for the commit: `_dispatch_on_commit` then notifies the
mentioned and answered members, and sends `comments.signals.comment_posted` or
`comment_edited` for the other interested apps.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from comments.flood import comment_flood_take
from comments.models import COMMENT_MAX_LENGTH, Comment
from comments.notices import comment_notify
from comments.signals import comment_edited, comment_posted
from comments.targets import target_content_type_id
from osmose_site.text import is_blank, member_text_normalised

HIDE_PERMISSION = "comments.hide_comment"


def comment_text_clean(text: str) -> str:
    """The text to store, or a ValidationError with a message for the member."""
    text = member_text_normalised(text)
    if is_blank(text):
        raise ValidationError(_("Your comment is empty."), code="empty")
    if len(text) > COMMENT_MAX_LENGTH:
        raise ValidationError(
            _("Your comment is too long: %(length)s characters, %(max)s at most.")
            % {"length": len(text), "max": COMMENT_MAX_LENGTH},
            code="too_long",
        )
    return text


def comment_user_can_moderate(user) -> bool:
    """Whether this user may hide any comment (Administrateur, superusers)."""
    return bool(user.is_active and user.has_perm(HIDE_PERMISSION))


def _dispatch_on_commit(signal, comment: Comment, *, previous_text: str | None):
    """The single place where a committed comment change reaches other apps."""
    created = signal is comment_posted

    def dispatch():
        comment_notify(comment=comment, created=created, previous_text=previous_text)
        signal.send(
            sender=Comment,
            comment=comment,
            created=created,
            previous_text=previous_text,
        )

    transaction.on_commit(dispatch)


@transaction.atomic
def comment_create(
    *,
    author,
    target: models.Model,
    text: str,
    parent: Comment | None = None,
    check_flood: bool = True,
) -> Comment:
    """Post a comment (or a reply to `parent`) under `target`.

    The caller checks that the author may see the target (views load it with
    `comment_target_get_for_user`). A reply to a reply joins the same thread:
    replies are one level deep. `check_flood=False` is for loaders and imports.
    """
    text = comment_text_clean(text)
    if check_flood and not comment_flood_take(user_id=author.pk):
        raise ValidationError(
            _(
                "You have posted too many comments in the last minute. "
                "Please wait a moment before posting again."
            ),
            code="flood",
        )
    content_type_id = target_content_type_id(target)
    if parent is not None:
        if parent.parent_id is not None:
            parent = parent.parent
        if parent.content_type_id != content_type_id or parent.object_id != target.pk:
            raise ValidationError(
                _("This reply does not belong here."), code="wrong_parent"
            )
        if not parent.is_published:
            raise ValidationError(
                _("This comment was removed: you can no longer reply to it."),
                code="parent_removed",
            )
    comment = Comment.objects.create(
        content_type_id=content_type_id,
        object_id=target.pk,
        parent=parent,
        author=author,
        text=text,
    )
    _dispatch_on_commit(comment_posted, comment, previous_text=None)
    return comment


@transaction.atomic
def comment_edit(*, editor, comment: Comment, text: str) -> Comment:
    """Replace the text of the editor's own published comment."""
    if comment.author_id != editor.pk or not comment.is_published:
        raise PermissionDenied
    text = comment_text_clean(text)
    if text == comment.text:
        return comment
    previous_text = comment.text
    comment.text = text
    comment.edited_at = timezone.now()
    comment.save(update_fields=["text", "edited_at"])
    _dispatch_on_commit(comment_edited, comment, previous_text=previous_text)
    return comment


@transaction.atomic
def comment_delete(*, user, comment: Comment) -> None:
    """Delete the user's own comment: its text goes, its row stays for replies."""
    if comment.author_id != user.pk or not comment.is_published:
        raise PermissionDenied
    comment.status = Comment.Status.DELETED
    comment.text = ""
    comment.save(update_fields=["status", "text"])


@transaction.atomic
def comment_hide(*, moderator, comment: Comment, reason: str) -> bool:
    """Hide a published comment from members; False if it was not published.

    The row and its text stay for the moderators, with who, when and why.
    """
    if not comment_user_can_moderate(moderator):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the reason for hiding."), code="no_reason")
    if not comment.is_published:
        return False
    comment.status = Comment.Status.HIDDEN
    comment.hidden_by = moderator
    comment.hidden_at = timezone.now()
    comment.hidden_reason = reason
    comment.save(update_fields=["status", "hidden_by", "hidden_at", "hidden_reason"])
    return True


@transaction.atomic
def comment_hide_many(*, moderator, comments, reason: str) -> int:
    """Hide several comments with one reason; returns how many were hidden."""
    if not comment_user_can_moderate(moderator):
        raise PermissionDenied
    return sum(
        comment_hide(moderator=moderator, comment=comment, reason=reason)
        for comment in comments
    )
