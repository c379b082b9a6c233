from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from home.sections import register_home_section
        from notifications import exports, moderation, receivers, selectors
        from profiles.personal_data import register_personal_data

        receivers.connect()
        moderation.connect()
        register_personal_data(
            key="notifications",
            label=_("Notifications and preferences"),
            order=20,
            export=exports.notifications_export,
            erase=exports.notifications_erase,
        )
        register_home_section(
            key="since_last_visit",
            order=2,
            template="notifications/includes/since_last_visit.html",
            build=selectors.since_last_visit_section,
        )
