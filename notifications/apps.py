from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from home.sections import register_home_section
        from notifications import moderation, receivers, selectors

        receivers.connect()
        moderation.connect()
        register_home_section(
            key="since_last_visit",
            order=2,
            template="notifications/includes/since_last_visit.html",
            build=selectors.since_last_visit_section,
        )
