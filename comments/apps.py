from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Comments")

    def ready(self):
        from comments.contributions import comments_by_member
        from profiles.contributions import register_contribution_source

        register_contribution_source(
            key="comments",
            label=_("Comments"),
            order=20,
            build=comments_by_member,
        )
