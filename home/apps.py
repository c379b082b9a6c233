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
        self._connect_layout_cache()

    def _connect_layout_cache(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.db.models.signals import m2m_changed, post_save

        from home.context_processors import user_roles_changed, user_saved

        User = get_user_model()
        for through in (
            User.groups.through,
            User.user_permissions.through,
            Group.permissions.through,
        ):
            m2m_changed.connect(
                user_roles_changed,
                sender=through,
                dispatch_uid=f"home_layout_{through._meta.label}",
            )
        post_save.connect(user_saved, sender=User, dispatch_uid="home_layout_user")
