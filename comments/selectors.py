"""Reads on comments, with the visibility rules members see."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Coalesce
from django.http import Http404

from comments.models import Comment
from comments.targets import comment_target_get_for_user, target_content_type_id


@dataclass
class CommentThread:
    """A top-level comment and its published replies, oldest first.

    A removed (hidden or deleted) top-level comment appears only when it has
    published replies, as a placeholder without its text.
    """

    comment: Comment
    replies: list[Comment] = field(default_factory=list)


def comment_threads_for_target(*, target: models.Model) -> list[CommentThread]:
    """The threads members see under a target, in one query whatever their size."""
    rows = (
        Comment.objects.filter(
            content_type_id=target_content_type_id(target), object_id=target.pk
        )
        # The author's profile: each comment shows their photo or initials.
        .select_related("author", "author__profile")
        .order_by("created_at", "pk")
    )
    threads: dict[int, CommentThread] = {}
    replies: list[Comment] = []
    for comment in rows:
        if comment.parent_id is None:
            threads[comment.pk] = CommentThread(comment=comment)
        elif comment.is_published:
            replies.append(comment)
    for reply in replies:
        thread = threads.get(reply.parent_id)
        if thread is not None:
            thread.replies.append(reply)
    return [
        thread
        for thread in threads.values()
        if thread.comment.is_published or thread.replies
    ]


def comment_count_for_threads(threads: list[CommentThread]) -> int:
    """How many published comments and replies these threads show."""
    return sum(
        int(thread.comment.is_published) + len(thread.replies) for thread in threads
    )


def comment_count_annotate(queryset: models.QuerySet, *, name: str = "comment_count"):
    """Add the number of published comments under each row as `name`, in SQL.

    For Wagtail pages the comments are matched on each row's own specific type,
    so a queryset of `Page` works as well as one of `BlogPage`.
    """
    model = queryset.model
    if hasattr(model, "specific_class"):
        content_type_match = models.OuterRef("content_type_id")
    else:
        content_type_match = ContentType.objects.get_for_model(model).pk
    counts = (
        Comment.objects.filter(
            content_type_id=content_type_match,
            object_id=models.OuterRef("pk"),
            status=Comment.Status.PUBLISHED,
        )
        .order_by()
        .values("object_id")
        .annotate(total=models.Count("pk"))
        .values("total")
    )
    return queryset.annotate(
        **{name: Coalesce(models.Subquery(counts), models.Value(0))}
    )


def comment_get_for_user(*, pk: int, user) -> Comment:
    """A published comment whose target the member may see, or Http404.

    The target is loaded and cached on `comment.target`.
    """
    comment = (
        Comment.objects.select_related("author", "parent")
        .filter(pk=pk, status=Comment.Status.PUBLISHED)
        .first()
    )
    if comment is None:
        raise Http404
    target = comment_target_get_for_user(
        content_type_id=comment.content_type_id,
        object_id=comment.object_id,
        user=user,
    )
    # Cache without assigning: assigning would rewrite content_type from the
    # instance's class.
    Comment._meta.get_field("target").set_cached_value(comment, target)
    return comment
