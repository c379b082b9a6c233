from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.permissions import register_permission_policy

        from home import checks  # noqa: F401 - registers the system checks
        from home.admin_access import VisibleCollectionOwnershipPermissionPolicy
        from home.sites import site_sync_after_migrate

        # Exact-class registrations win over the ones Wagtail's apps make later
        # for the same models: editors reach only the collections they may view.
        register_permission_policy(
            get_document_model(),
            VisibleCollectionOwnershipPermissionPolicy(
                get_document_model(),
                auth_model="wagtaildocs.Document",
                owner_field_name="uploaded_by_user",
            ),
            exact_class=True,
        )
        register_permission_policy(
            get_image_model(),
            VisibleCollectionOwnershipPermissionPolicy(
                get_image_model(),
                auth_model="wagtailimages.Image",
                owner_field_name="uploaded_by_user",
            ),
            exact_class=True,
        )

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
