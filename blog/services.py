"""Writes on the blog's set-up."""

from django.db import transaction
from wagtail.models import Workflow, WorkflowPage

from blog.models import BlogIndexPage

# Created by blog/migrations/0003_moderation_workflow.
MODERATION_WORKFLOW_NAME = "Modération du blog"


@transaction.atomic
def blog_moderation_attach(*, index: BlogIndexPage) -> bool:
    """Put the blog's moderation workflow on the index page unless it has its own.

    Returns whether it was attached. Posts under the index then go through it
    when their author may not publish directly (see BlogPermissionTester).
    """
    if WorkflowPage.objects.filter(page=index).exists():
        return False
    workflow = Workflow.objects.filter(
        name=MODERATION_WORKFLOW_NAME, active=True
    ).first()
    if workflow is None:
        return False
    WorkflowPage.objects.create(page=index, workflow=workflow)
    return True
