from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfilesConfig(AppConfig):
    name = "profiles"
    verbose_name = _("Member profiles")

    def ready(self):
        from home.search_sources import register_search_source
        from home.sections import register_home_section
        from profiles import contributions, exports, receivers, selectors
        from profiles.personal_data import register_personal_data

        receivers.connect()
        register_personal_data(
            key="account",
            label=_("Account and profile"),
            order=10,
            export=exports.account_export,
            erase=exports.account_erase,
        )
        contributions.register_contribution_source(
            key="pages",
            label=_("Publications"),
            order=10,
            build=contributions.published_pages,
        )
        register_home_section(
            key="profile_prompt",
            order=1,
            template="profiles/includes/home_prompt.html",
            build=selectors.profile_prompt_section,
        )
        register_search_source(
            key="members",
            label=_("Members"),
            order=70,
            search=selectors.member_search_for_user,
            template="profiles/includes/search_result.html",
            describe=selectors.member_search_hit,
            suggest=selectors.member_suggestions_for_user,
        )
