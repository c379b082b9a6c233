"""BLOG: the index page at /blog/ and its posts."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import ServiceIndexPage
from home.pagination import paginate

POSTS_PER_PAGE = 12
# Held by Administrateur (and superusers): publish without the moderation workflow.
PUBLISH_WITHOUT_MODERATION = "blog.publish_without_moderation"


class BlogPermissionTester(PagePermissionTester):
    """In the blog, only moderators publish directly; editors submit to moderation.

    Wagtail's page permissions are inherited from the home page, where editors
    may publish every other service; this narrows publishing under /blog/.
    """

    def _skips_moderation(self) -> bool:
        return self.user.is_superuser or self.user.has_perm(PUBLISH_WITHOUT_MODERATION)

    def can_publish(self):
        return super().can_publish() and self._skips_moderation()

    def can_publish_subpage(self):
        return super().can_publish_subpage() and self._skips_moderation()

    def can_unpublish(self):
        return super().can_unpublish() and self._skips_moderation()


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class BlogIndexPage(RoutablePageMixin, ServiceIndexPage):
    """BLOG: the programme's news, newest first, with a tag filter and feeds."""

    def get_context(self, request, *args, **kwargs):
        from blog.selectors import blog_post_list_for_user, blog_tags_for_user

        context = super().get_context(request, *args, **kwargs)
        tag = request.GET.get("tag", "").strip()[:100]
        tags = blog_tags_for_user(user=request.user, index=self)
        current_tag = next((t for t in tags if t.slug == tag), None)
        posts = blog_post_list_for_user(
            user=request.user, index=self, tag=current_tag.slug if current_tag else None
        )
        context["posts"] = paginate(
            posts, page_number=request.GET.get("page"), per_page=POSTS_PER_PAGE
        )
        context["tags"] = tags
        context["current_tag"] = current_tag
        return context

    @path("flux/rss/", name="feed_rss")
    def feed_rss(self, request):
        from blog.feeds import BlogRssFeed

        return BlogRssFeed(user=request.user)(request, index=self)

    @path("flux/atom/", name="feed_atom")
    def feed_atom(self, request):
        from blog.feeds import BlogAtomFeed

        return BlogAtomFeed(user=request.user)(request, index=self)

    def permissions_for_user(self, user):
        return BlogPermissionTester(user, self)

    subpage_types = ["blog.BlogPage"]

    class Meta:
        verbose_name = _("blog index page")


class BlogPage(Page):
    """A blog post: an introduction, a header image, tags and a StreamField body."""

    date = models.DateField(_("post date"), default=timezone.localdate)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_posts",
        limit_choices_to={"is_active": True},
        help_text=_("Leave empty to sign with the page's owner."),
    )
    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("Two or three sentences shown on the post's card."),
    )
    header_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through=BlogPageTag, blank=True
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    # Deleting a post deletes its member comments too.
    member_comments = GenericRelation("comments.Comment")
    # Its first publication notifies the members who may read it (notifications).
    notification_verb = "new_post"

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("tags")],
            heading=_("Post information"),
        ),
        FieldPanel("introduction"),
        FieldPanel("header_image"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    @property
    def signed_by(self):
        """The member shown as the post's author."""
        return self.author or self.owner

    def get_context(self, request, *args, **kwargs):
        from blog.selectors import blog_adjacent_posts, blog_related_posts

        context = super().get_context(request, *args, **kwargs)
        context["related_posts"] = blog_related_posts(post=self, user=request.user)
        context["previous_post"], context["next_post"] = blog_adjacent_posts(
            post=self, user=request.user
        )
        return context

    def permissions_for_user(self, user):
        return BlogPermissionTester(user, self)

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")
        permissions = [
            (
                "publish_without_moderation",
                _("Can publish blog posts without moderation"),
            )
        ]
