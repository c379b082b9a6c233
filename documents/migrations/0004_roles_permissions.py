"""Give the Éditeur and Administrateur roles the library's document permissions.

Wagtail's admin authorises any document model through the permissions of
`wagtaildocs.Document` (its permission policy's `auth_model`), which the roles
migration already grants. The library model's own permissions are granted here
too, on the root collection (so on every collection), so that code checking
them directly agrees with the admin.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Éditeur"
ADMINISTRATOR = "Administrateur"
EDITOR_PERMISSIONS = [
    "add_librarydocument",
    "change_librarydocument",
    "choose_document",
]
ADMINISTRATOR_PERMISSIONS = [*EDITOR_PERMISSIONS, "delete_librarydocument"]


def grant_permissions(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    # Permissions are normally created after all migrations (post_migrate).
    app_config = apps.get_app_config("documents")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    root = Collection.objects.get(depth=1)
    for name, codenames in (
        (EDITOR, EDITOR_PERMISSIONS),
        (ADMINISTRATOR, ADMINISTRATOR_PERMISSIONS),
    ):
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="documents",
                content_type__model="librarydocument",
                codename=codename,
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def revoke_permissions(apps, schema_editor):
    apps.get_model("wagtailcore.GroupCollectionPermission").objects.filter(
        permission__content_type__app_label="documents"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0003_collections"),
        ("home", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_permissions, revoke_permissions)]
