"""Wagtail's default workflow and its task read in French.

Editors see the workflow's name in the publish menu ("Soumettre à …") and the
task's on the dashboard; both were created as "Moderators approval".
"""

from django.db import migrations

ENGLISH = "Moderators approval"
FRENCH = "Validation par un administrateur"


def rename(apps, old: str, new: str) -> None:
    apps.get_model("wagtailcore.Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore.Task").objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, ENGLISH, FRENCH)


def backwards(apps, schema_editor):
    rename(apps, FRENCH, ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_default_moderation_by_administrators"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
