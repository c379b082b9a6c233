import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from notifications.models import Notification
from notifications.services import notification_send
from notifications.verbs import Verb


# The worker closes its database connection between tasks, as a long-running
# process should, so the test cannot sit inside a rolled-back transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_database_worker_writes_a_large_fan_out(settings, make_user):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.NOTIFICATIONS_INLINE_MAX = 2
    author = make_user()
    members = [make_user() for _ in range(5)]

    count = notification_send(
        recipients=members, actor=author, verb=Verb.NEW_THREAD, title="Nouveau fil"
    )

    assert count == 5
    assert Notification.objects.count() == 0
    # Saving members also queues their search index updates: count the fan-out.
    fan_out = DBTaskResult.objects.filter(task_path__endswith="notifications_fan_out")
    assert fan_out.filter(status="READY").count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay")
    assert fan_out.filter(status="SUCCESSFUL").count() == 1
    assert Notification.objects.count() == 5
