"""Éditeur and Administrateur promote search results for chosen queries."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Éditeur", "Administrateur")
CODENAMES = (
    "add_searchpromotion",
    "change_searchpromotion",
    "delete_searchpromotion",
    "add_query",
    "change_query",
)


def grant(apps, schema_editor):
    # Permissions are otherwise created after every migration has run.
    app_config = apps.get_app_config("wagtailsearchpromotions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailsearchpromotions", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_query_stats"),
        ("home", "0003_roles"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
