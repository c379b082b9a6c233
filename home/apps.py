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
