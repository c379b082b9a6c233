import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult


# The worker closes its database connection between tasks, as a long-running
# process should, so the test cannot sit inside a rolled-back transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_database_worker_runs_what_publishing_enqueued(settings, home_page):
    from home.models import StandardPage

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    page = StandardPage(title="Compte rendu du comité", slug="compte-rendu")
    home_page.add_child(instance=page)
    page.save_revision().publish()

    queued = DBTaskResult.objects.filter(status="READY").count()
    call_command("db_worker", "--batch", "--no-startup-delay")

    assert queued > 0
    assert DBTaskResult.objects.filter(status="READY").count() == 0
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == queued
