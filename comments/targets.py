"""Registry of the models members may comment on.

A content app registers each commentable model once, from its AppConfig.ready():

    register_comment_target(
        BlogPage,
        visible_to=blog_post_queryset_for_user,  # (user) -> queryset
        url=lambda post: post.url,               # (obj) -> page showing the comments
    )

The comments app then accepts comments only on registered models, only on objects
in `visible_to(user)`, and sends members back to `url(obj)` after posting.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404


@dataclass(frozen=True)
class CommentTarget:
    model: type[models.Model]
    visible_to: Callable[..., models.QuerySet]
    url: Callable[[models.Model], str]


_targets: dict[str, CommentTarget] = {}


def register_comment_target(
    model: type[models.Model],
    *,
    visible_to: Callable[..., models.QuerySet],
    url: Callable[[models.Model], str],
) -> None:
    """Allow comments on `model`; visible_to(user) limits which objects, url(obj)."""
    _targets[model._meta.label_lower] = CommentTarget(
        model=model, visible_to=visible_to, url=url
    )


def registered_targets() -> list[CommentTarget]:
    return list(_targets.values())


def comment_target_for_model(model: type[models.Model]) -> CommentTarget | None:
    return _targets.get(model._meta.label_lower)


def target_content_type_id(target: models.Model) -> int:
    """The content type a target's comments are stored under.

    Wagtail pages store their specific type on the row, so a generic `Page`
    instance and its specific `BlogPage` share their comments.
    """
    page_content_type_id = getattr(target, "content_type_id", None)
    if page_content_type_id is not None and hasattr(target, "specific_class"):
        return page_content_type_id
    return ContentType.objects.get_for_model(target).pk


def comment_target_get_for_user(*, content_type_id: int, object_id: int, user):
    """The registered target the member may see, or Http404."""
    try:
        content_type = ContentType.objects.get_for_id(content_type_id)
    except ContentType.DoesNotExist as err:
        raise Http404 from err
    model = content_type.model_class()
    registration = comment_target_for_model(model) if model else None
    if registration is None:
        raise Http404
    target = registration.visible_to(user).filter(pk=object_id).first()
    if target is None:
        raise Http404
    return target


def comment_target_url(target: models.Model) -> str:
    """Where the target's comments are shown (its page), or "" if unregistered."""
    registration = _registration_for_instance(target)
    return registration.url(target) if registration else ""


def _registration_for_instance(target: models.Model) -> CommentTarget | None:
    specific = getattr(target, "specific_class", None) or type(target)
    return comment_target_for_model(specific)
