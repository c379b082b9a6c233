"""Let editors and administrators manage the FAQ categories."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from home import roles

ROLE_PERMISSIONS = {
    roles.EDITOR: ["add_faqcategory", "change_faqcategory", "view_faqcategory"],
    roles.ADMINISTRATOR: [
        "add_faqcategory",
        "change_faqcategory",
        "delete_faqcategory",
        "view_faqcategory",
    ],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    # Permissions are normally created after all migrations (post_migrate).
    app_config = apps.get_app_config("faq")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    for group_name, codenames in ROLE_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="faq", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group in Group.objects.filter(name__in=ROLE_PERMISSIONS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="faq", codename__endswith="faqcategory"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0002_entries_categories_votes"),
        ("home", "0003_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
