"""Registry of a member's recent contributions shown on their public profile.

Each service registers, from its AppConfig.ready(), a function returning the
member's latest items in that service, so profiles never imports a content app.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Contribution:
    title: str
    url: str
    date: datetime | None
    excerpt: str = ""


@dataclass(frozen=True)
class ContributionSource:
    key: str
    label: str
    order: int
    build: Callable[..., list[Contribution]]


_sources: dict[str, ContributionSource] = {}


def register_contribution_source(
    *, key: str, label: str, order: int, build: Callable[..., list[Contribution]]
) -> None:
    """Add (or replace) a source; build(member=..., viewer=..., limit=...) -> items.

    `build` must respect what `viewer` may see and run a constant number of queries.
    """
    _sources[key] = ContributionSource(key=key, label=label, order=order, build=build)


def registered_sources() -> list[ContributionSource]:
    return sorted(_sources.values(), key=lambda source: source.order)


def contributions_for_member(*, member, viewer, limit: int = 5) -> list[dict]:
    """Each source's latest items by `member` that `viewer` may see (if any)."""
    groups = []
    for source in registered_sources():
        items = source.build(member=member, viewer=viewer, limit=limit)
        if items:
            groups.append({"key": source.key, "label": source.label, "items": items})
    return groups


def published_pages(*, member, viewer, limit: int) -> list[Contribution]:
    """Pages (posts, events, FAQ entries…) the member owns that `viewer` may see."""
    from wagtail.models import Page

    from home.visibility import pages_visible_to

    pages = (
        pages_visible_to(viewer, Page.objects.filter(owner=member, depth__gt=3))
        .exclude(first_published_at=None)
        .order_by("-first_published_at")[:limit]
    )
    return [
        Contribution(title=page.title, url=page.url or "", date=page.first_published_at)
        for page in pages
    ]


def comments_by_member(*, member, viewer, limit: int) -> list[Contribution]:
    """The member's latest published comments on targets `viewer` may see."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils.translation import gettext as _

    from comments.models import Comment
    from comments.targets import comment_target_for_model, comment_target_url
    from mentions.directory import mentions_prefetch
    from mentions.rendering import member_text_plain

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
