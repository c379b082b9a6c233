"""Create the Membre, Éditeur and Administrateur groups with their permissions.

A fresh production database gets them from here; Wagtail's sample groups
(Moderators, Editors) are removed so only the community's roles remain.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from home import roles


def _ensure_permissions_exist(apps):
    # Permissions are normally created after all migrations (post_migrate); the
    # groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permission(apps, dotted):
    Permission = apps.get_model("auth.Permission")
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore.Collection")
    HomePage = apps.get_model("home.HomePage")

    _ensure_permissions_exist(apps)
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()

    home = HomePage.objects.first()
    root_collection = Collection.objects.get(depth=1)
    page_permissions = {
        roles.EDITOR: roles.EDITOR_PAGE_PERMISSIONS,
        roles.ADMINISTRATOR: roles.ADMINISTRATOR_PAGE_PERMISSIONS,
    }
    model_permissions = {
        roles.EDITOR: roles.EDITOR_PERMISSIONS,
        roles.ADMINISTRATOR: roles.ADMINISTRATOR_PERMISSIONS,
    }
    collection_permissions = {
        roles.EDITOR: roles.EDITOR_COLLECTION_PERMISSIONS,
        roles.ADMINISTRATOR: roles.ADMINISTRATOR_COLLECTION_PERMISSIONS,
    }
    for name in roles.ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in model_permissions.get(name, []):
            group.permissions.add(_permission(apps, dotted))
        for codename in page_permissions.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group,
                page_id=home.pk,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        for dotted in collection_permissions.get(name, []):
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(apps, dotted),
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=roles.ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
