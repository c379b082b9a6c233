"""The blog's section of the home page."""

from blog.models import BlogIndexPage
from blog.selectors import blog_latest_posts_for_user

HOME_POST_COUNT = 4


def home_latest_posts(*, user, home) -> dict | None:
    """ "Derniers billets": the newest posts, or None when there is none."""
    posts = blog_latest_posts_for_user(user=user, limit=HOME_POST_COUNT)
    if not posts:
        return None
    index = BlogIndexPage.objects.live().descendant_of(home).first()
    return {"posts": posts, "index": index}
