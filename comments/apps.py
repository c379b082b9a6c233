from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Comments")

    def ready(self):
        from comments.contributions import comments_by_member
        from comments.personal_data import comments_erase, comments_export
        from profiles.contributions import register_contribution_source
        from profiles.personal_data import register_personal_data

        register_personal_data(
            key="comments",
            label=_("Comments"),
            order=30,
            export=comments_export,
            erase=comments_erase,
        )

        register_contribution_source(
            key="comments",
            label=_("Comments"),
            order=20,
            build=comments_by_member,
        )
