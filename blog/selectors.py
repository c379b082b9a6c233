"""Reads of blog posts with the visibility rules members see."""

from django.db.models import Count, Prefetch, Q
from taggit.models import Tag
from wagtail.images import get_image_model

from blog.models import BlogIndexPage, BlogPage
from comments.selectors import comment_count_annotate
from home.visibility import pages_visible_to

CARD_IMAGE = "fill-640x360"
FEED_SIZE = 20


def blog_posts_for_user(*, user, index: BlogIndexPage | None = None):
    """Live posts (under `index` if given) that this member may read."""
    posts = pages_visible_to(user, BlogPage.objects.all())
    if index is not None:
        posts = posts.child_of(index)
    return posts


def _with_card_data(posts):
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE)
    return comment_count_annotate(
        posts.select_related("author", "owner").prefetch_related(
            "tags", Prefetch("header_image", queryset=images)
        )
    )


def blog_post_list_for_user(*, user, index: BlogIndexPage, tag: str | None = None):
    """The index's cards, newest first, with their comment counts."""
    posts = blog_posts_for_user(user=user, index=index)
    if tag:
        posts = posts.filter(tags__slug=tag)
    return _with_card_data(posts).order_by("-date", "-pk")


def blog_tags_for_user(*, user, index: BlogIndexPage) -> list:
    """The tags used by the posts this member sees, by name."""
    posts = blog_posts_for_user(user=user, index=index)
    return list(
        Tag.objects.filter(blog_blogpagetag_items__content_object__in=posts)
        .distinct()
        .order_by("name")
    )


def blog_latest_posts_for_user(*, user, limit: int = 4) -> list[BlogPage]:
    """The newest posts of the whole site, for the home page."""
    return list(
        _with_card_data(blog_posts_for_user(user=user)).order_by("-date", "-pk")[:limit]
    )


def blog_feed_posts_for_user(*, user, index: BlogIndexPage) -> list[BlogPage]:
    """The newest posts for the RSS and Atom feeds."""
    posts = blog_posts_for_user(user=user, index=index)
    return list(
        posts.select_related("author", "owner")
        .prefetch_related("tags")
        .order_by("-date", "-pk")[:FEED_SIZE]
    )


def blog_related_posts(*, post: BlogPage, user, limit: int = 3) -> list[BlogPage]:
    """Other posts sharing the most tags with this one, newest first."""
    if post.pk is None:  # previewing a post not saved yet
        return []
    tag_ids = [tag.pk for tag in post.tags.all()]
    if not tag_ids:
        return []
    posts = (
        blog_posts_for_user(user=user)
        .filter(tags__in=tag_ids)
        .exclude(pk=post.pk)
        .annotate(shared_tags=Count("pk"))
        .order_by("-shared_tags", "-date", "-pk")
    )
    return list(_with_card_data(posts)[:limit])


def blog_adjacent_posts(*, post: BlogPage, user):
    """The previous (older) and next (newer) posts of the same blog."""
    if post.pk is None:  # previewing a post not saved yet
        return None, None
    parent = post.get_parent()
    siblings = blog_posts_for_user(user=user).child_of(parent)
    older = (
        siblings.filter(Q(date__lt=post.date) | Q(date=post.date, pk__lt=post.pk))
        .order_by("-date", "-pk")
        .first()
    )
    newer = (
        siblings.filter(Q(date__gt=post.date) | Q(date=post.date, pk__gt=post.pk))
        .order_by("date", "pk")
        .first()
    )
    return older, newer
