from wagtail import hooks

from blog.models import BlogIndexPage
from blog.services import blog_moderation_attach


@hooks.register("after_create_page")
def attach_moderation_to_new_blog(request, page):
    # The workflow exists from the migrations, but the blog's index page is
    # created later (in the admin or by the demo loader).
    if isinstance(page.specific, BlogIndexPage):
        blog_moderation_attach(index=page.specific)
