from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "discussions"
    verbose_name = _("Discussion spaces")

    def ready(self):
        from discussions import promotion, registrations

        promotion.connect()
        registrations.register()
