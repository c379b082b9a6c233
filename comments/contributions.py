"""A member's recent comments, listed on their public profile."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from comments.models import Comment
from comments.targets import comment_target_for_model, comment_target_url
from mentions.directory import mentions_prefetch
from mentions.rendering import member_text_plain
from profiles.contributions import Contribution


def comments_by_member(*, member, viewer, limit: int) -> list[Contribution]:
    """The member's latest published comments on targets `viewer` may see."""
    # A few more than shown, as some may hang under targets the viewer cannot see.
    rows = list(
        Comment.objects.filter(author=member, status=Comment.Status.PUBLISHED).order_by(
            "-created_at", "-pk"
        )[: limit * 3]
    )
    ids_by_type: dict[int, set[int]] = {}
    for comment in rows:
        ids_by_type.setdefault(comment.content_type_id, set()).add(comment.object_id)
    targets = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        registration = comment_target_for_model(model) if model else None
        if registration is not None:
            for target in registration.visible_to(viewer).filter(pk__in=ids):
                targets[content_type_id, target.pk] = target
    shown = [c for c in rows if (c.content_type_id, c.object_id) in targets][:limit]
    mentions_prefetch(comment.text for comment in shown)
    items = []
    for comment in shown:
        target = targets[comment.content_type_id, comment.object_id]
        title = getattr(target, "title", "") or str(target)
        items.append(
            Contribution(
                title=_("On “%(title)s”") % {"title": title},
                url=f"{comment_target_url(target)}#{comment.anchor}",
                date=comment.created_at,
                excerpt=member_text_plain(comment.text),
            )
        )
    return items
