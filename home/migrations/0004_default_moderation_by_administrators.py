"""Wagtail's default "Moderators approval" task lost its group with the sample
Moderators group: give it to the Administrateur group so pages submitted for
moderation outside the blog can be approved by someone."""

from django.db import migrations

from home import roles


def assign_orphan_tasks(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    administrators = Group.objects.get(name=roles.ADMINISTRATOR)
    for task in GroupApprovalTask.objects.filter(groups__isnull=True):
        task.groups.add(administrators)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_roles")]

    operations = [migrations.RunPython(assign_orphan_tasks, migrations.RunPython.noop)]
