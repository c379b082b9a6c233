"""Seed the editable list of event types; let editors and administrators manage it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from home import roles

EVENT_TYPES = [
    ("reunion", "Réunion"),
    ("webinaire", "Webinaire"),
    ("atelier", "Atelier"),
    ("seminaire", "Séminaire"),
    ("autre", "Autre"),
]
ROLE_PERMISSIONS = {
    roles.EDITOR: ["add_eventtype", "change_eventtype", "view_eventtype"],
    roles.ADMINISTRATOR: [
        "add_eventtype",
        "change_eventtype",
        "delete_eventtype",
        "view_eventtype",
    ],
}


def seed(apps, schema_editor):
    EventType = apps.get_model("events.EventType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")

    for position, (slug, name) in enumerate(EVENT_TYPES):
        EventType.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": position}
        )

    # Permissions are normally created after all migrations (post_migrate).
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    for group_name, codenames in ROLE_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="events", codename__in=codenames
            )
        )


def unseed(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name__in=ROLE_PERMISSIONS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="events", codename__endswith="eventtype"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_event_models"),
        ("home", "0003_roles"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
