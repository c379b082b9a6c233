"""Moderation reaches people in the bell, not only on the admin dashboard.

Wagtail's workflow signals drive three notices:

* a task submitted (the first step of a workflow, or the next one) tells the
  members who may act on it: the groups of a group approval task, and
  superusers, as Wagtail's own e-mails do;
* a workflow approved (the page is published) tells whoever submitted it;
* a workflow sent back for changes tells whoever submitted it, with the
  reviewer's comment as the excerpt.

The submitter never hears of their own action, nor a reviewer of theirs.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.admin_url_finder import AdminURLFinder

from notifications.services import notification_send
from notifications.verbs import Verb


def _edit_url(obj, user) -> str:
    return AdminURLFinder(user).get_edit_url(obj) or ""


def _public_url(obj) -> str:
    get_url = getattr(obj, "get_url", None)
    return (get_url() if get_url else "") or ""


def _reviewers(task):
    groups = getattr(task.specific, "groups", None)
    criteria = Q(is_superuser=True)
    if groups is not None:
        criteria |= Q(groups__in=groups.all())
    return get_user_model().objects.filter(criteria).distinct()


def task_submitted_notify(sender, instance, user=None, **kwargs):
    """`instance` is the TaskState now waiting for a decision."""
    content_object = instance.workflow_state.content_object
    reviewers = _reviewers(instance.task)
    actor = user or instance.workflow_state.requested_by
    for reviewer in reviewers.exclude(pk=getattr(actor, "pk", None)):
        # The edit link is the reviewer's own: it depends on their permissions.
        notification_send(
            recipients=[reviewer],
            actor=actor,
            verb=Verb.MODERATION_SUBMITTED,
            target=content_object,
            url=_edit_url(content_object, reviewer),
            title=str(content_object),
        )


def workflow_approved_notify(sender, instance, user=None, **kwargs):
    """`instance` is the WorkflowState that ended in publication."""
    submitter = instance.requested_by
    if submitter is None:
        return
    content_object = instance.content_object
    notification_send(
        recipients=[submitter],
        actor=user,
        verb=Verb.MODERATION_APPROVED,
        target=content_object,
        url=_public_url(content_object) or _edit_url(content_object, submitter),
        title=str(content_object),
    )


def workflow_rejected_notify(sender, instance, user=None, **kwargs):
    """`instance` is the WorkflowState sent back; its current task holds the comment."""
    submitter = instance.requested_by
    if submitter is None:
        return
    content_object = instance.content_object
    task_state = instance.current_task_state
    comment = task_state.specific.get_comment() if task_state else ""
    notification_send(
        recipients=[submitter],
        actor=user,
        verb=Verb.MODERATION_REJECTED,
        target=content_object,
        url=_edit_url(content_object, submitter),
        title=str(content_object),
        excerpt=comment,
    )


def connect() -> None:
    from wagtail.models import WorkflowState
    from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

    from notifications.verbs import offer_verbs

    # Sent with the task state's specific class: any of them.
    task_submitted.connect(
        task_submitted_notify,
        dispatch_uid="notifications.moderation_submitted",
    )
    workflow_approved.connect(
        workflow_approved_notify,
        sender=WorkflowState,
        dispatch_uid="notifications.moderation_approved",
    )
    workflow_rejected.connect(
        workflow_rejected_notify,
        sender=WorkflowState,
        dispatch_uid="notifications.moderation_rejected",
    )
    offer_verbs(
        Verb.MODERATION_SUBMITTED, Verb.MODERATION_APPROVED, Verb.MODERATION_REJECTED
    )
