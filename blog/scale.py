"""Scale data: blog posts under the blog index, with tags."""

from django.contrib.contenttypes.models import ContentType
from taggit.models import Tag

from blog.models import BlogIndexPage, BlogPage, BlogPageTag
from home.scale import bulk_add_pages, bulk_insert

SCALE_ORDER = 20
COUNTS = {"posts": 2000}
TAGS = [
    "Annonce",
    "Déploiement",
    "Formation",
    "Retour d'expérience",
    "Interopérabilité",
    "Plat'AU",
    "Guichet numérique",
    "Réglementation",
    "Webinaire",
    "Communes",
    "Services instructeurs",
    "Éditeurs",
]


def _body(ctx) -> list:
    blocks = [{"type": "paragraph", "value": f"<p>{ctx.paragraph(4)}</p>"}]
    for _ in range(ctx.rng.randint(1, 3)):
        blocks.append(
            {"type": "heading", "value": {"text": ctx.title(), "level": "h2"}}
        )
        blocks.append({"type": "paragraph", "value": f"<p>{ctx.paragraph(5)}</p>"})
    return blocks


def generate(ctx) -> None:
    index = BlogIndexPage.objects.child_of(ctx.home).first()
    total = ctx.count("posts")
    posts = []
    for _ in range(total):
        published = ctx.past()
        posts.append(
            BlogPage(
                title=ctx.title(),
                date=published.date(),
                author_id=ctx.member_id(),
                owner_id=ctx.member_id(),
                introduction=ctx.sentence(12, 30)[:500],
                body=_body(ctx),
                first_published_at=published,
            )
        )
    # The newest first in tree order, as editors would have added them.
    posts.sort(key=lambda post: post.first_published_at)
    bulk_add_pages(ctx, "blog posts", index, posts)
    tags = [Tag.objects.get_or_create(name=name)[0] for name in TAGS]
    bulk_insert(
        ctx,
        "blog tags",
        BlogPageTag,
        (
            BlogPageTag(content_object_id=post.pk, tag_id=tag.pk)
            for post in posts
            for tag in ctx.rng.sample(tags, ctx.rng.randint(1, 3))
        ),
        total * 2,  # about: one to three tags each
    )
    content_type = ContentType.objects.get_for_model(BlogPage)
    ctx.targets["blog"] = {
        "content_type_id": content_type.pk,
        "ids": [post.pk for post in posts],
        "titles": {post.pk: post.title for post in posts},
        "urls": {post.pk: ctx.page_url(post) for post in posts},
    }
    ctx.figures["busy_post"] = posts[-1].pk
