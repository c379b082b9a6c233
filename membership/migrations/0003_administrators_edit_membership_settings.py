"""Administrateur edits the membership settings (Wagtail admin → Paramètres)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from home import roles

CODENAMES = ["change_membershipsettings", "view_membershipsettings"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate).
    app_config = apps.get_app_config("membership")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="membership", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name=roles.ADMINISTRATOR):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="membership", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name=roles.ADMINISTRATOR):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("membership", "0002_membership_settings"),
        ("home", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
