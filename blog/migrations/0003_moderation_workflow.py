"""Blog posts by editors go through moderation by the Administrateur group.

Creates the "Modération du blog" workflow (one group approval task for
Administrateur), attaches it to the blog's index page if it already exists
(otherwise `blog.services.blog_moderation_attach` does when the page is created),
and lets Administrateur publish posts without moderation.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from home.roles import ADMINISTRATOR

WORKFLOW_NAME = "Modération du blog"
TASK_NAME = "Validation par un administrateur"
PERMISSION = "publish_without_moderation"


def create_workflow(apps, schema_editor):
    app_config = apps.get_app_config("blog")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    BlogIndexPage = apps.get_model("blog.BlogIndexPage")

    administrators, _ = Group.objects.get_or_create(name=ADMINISTRATOR)
    administrators.permissions.add(
        Permission.objects.get(content_type__app_label="blog", codename=PERMISSION)
    )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME, content_type=task_type, active=True
        )
    task.groups.add(administrators)
    workflow, created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for index in BlogIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=index.pk, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore.Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    GroupApprovalTask.objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0002_blog_page"),
        ("home", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
