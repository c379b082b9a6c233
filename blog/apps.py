from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = _("Blog")

    def ready(self):
        from blog.models import BlogPage
        from blog.personal_data import blog_erase, blog_export
        from blog.sections import home_latest_posts
        from blog.selectors import blog_posts_for_user
        from comments.targets import register_comment_target
        from home.sections import register_home_section
        from notifications.verbs import Verb, offer_verbs
        from profiles.personal_data import register_personal_data

        register_home_section(
            key="blog",
            order=10,
            template="blog/includes/home_latest_posts.html",
            build=home_latest_posts,
        )
        offer_verbs(Verb.NEW_POST)
        register_personal_data(
            key="blog",
            label=_("Blog posts"),
            order=80,
            export=blog_export,
            erase=blog_erase,
        )
        register_comment_target(
            BlogPage,
            visible_to=lambda user: blog_posts_for_user(user=user),
            url=lambda post: post.url,
        )
