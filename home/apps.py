from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_migrate

        from home.sites import site_sync_after_migrate

        post_migrate.connect(
            site_sync_after_migrate, sender=self, dispatch_uid="home_site_sync"
        )
