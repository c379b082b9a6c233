"""RSS and Atom feeds of the blog for logged-in members (Django syndication)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags

from blog.selectors import blog_feed_posts_for_user


class BlogRssFeed(Feed):
    """The blog's newest posts as RSS 2.0; served by the index page's routes."""

    def __init__(self, *, user):
        super().__init__()
        self.user = user

    def get_object(self, request, index):
        return index

    def title(self, index):
        return index.title

    def link(self, index):
        return index.url

    def description(self, index):
        return strip_tags(index.introduction)

    def items(self, index):
        return blog_feed_posts_for_user(user=self.user, index=index)

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.introduction

    def item_link(self, post):
        return post.url

    def item_guid(self, post):
        return f"osmose-blog-{post.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, post):
        midnight = datetime.datetime.combine(post.date, datetime.time())
        return timezone.make_aware(midnight)

    def item_updateddate(self, post):
        return post.last_published_at

    def item_author_name(self, post):
        author = post.signed_by
        return (author.get_full_name() or author.get_username()) if author else None

    def item_categories(self, post):
        return [tag.name for tag in post.tags.all()]


class BlogAtomFeed(BlogRssFeed):
    """The same posts as Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
