"""The daily retention command deletes what is kept past its period."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from notifications.models import Notification, NotificationEvent
from notifications.services import notification_send
from notifications.verbs import Verb
from privacy.models import DataExport


def _notify(member, actor, *, days_ago):
    notification_send(
        recipients=[member], actor=actor, verb=Verb.NEW_POST, title=f"{days_ago}"
    )
    NotificationEvent.objects.filter(target_title=f"{days_ago}").update(
        created_at=timezone.now() - timedelta(days=days_ago)
    )


def test_old_notifications_and_expired_archives_go(
    settings, member, editor, capsys, tmp_path
):
    settings.PRIVACY_NOTIFICATION_RETENTION_DAYS = 90
    _notify(member, editor, days_ago=120)
    _notify(member, editor, days_ago=10)
    expired = DataExport.objects.create(
        user=member,
        status=DataExport.Status.READY,
        expires_at=timezone.now() - timedelta(hours=1),
    )
    valid = DataExport.objects.create(
        user=member,
        status=DataExport.Status.READY,
        expires_at=timezone.now() + timedelta(hours=1),
    )

    call_command("apply_retention")

    assert list(
        Notification.objects.filter(recipient=member).values_list(
            "event__target_title", flat=True
        )
    ) == ["10"]
    assert not NotificationEvent.objects.filter(target_title="120").exists()
    assert not DataExport.objects.filter(pk=expired.pk).exists()
    assert DataExport.objects.filter(pk=valid.pk).exists()
    assert "notifications=1 exports=1" in capsys.readouterr().out
