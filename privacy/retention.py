"""How long the site keeps what it stores, applied by `manage.py apply_retention`."""

from dataclasses import dataclass
from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from notifications.exports import notifications_prune
from privacy.services import exports_prune


@dataclass(frozen=True)
class RetentionReport:
    notifications: int
    exports: int
    sessions: int
    login_records: int


def notification_retention_days() -> int:
    return getattr(settings, "PRIVACY_NOTIFICATION_RETENTION_DAYS", 180)


def login_record_retention_days() -> int:
    return getattr(settings, "PRIVACY_LOGIN_RECORD_RETENTION_DAYS", 30)


def retention_apply(*, now=None) -> RetentionReport:
    now = now or timezone.now()
    notifications = notifications_prune(
        older_than_days=notification_retention_days(), now=now
    )
    exports = exports_prune(now=now)
    sessions, _ = Session.objects.filter(expire_date__lt=now).delete()
    login_limit = now - timedelta(days=login_record_retention_days())
    login_records = 0
    for model, field in (
        (AccessAttempt, "attempt_time"),
        (AccessFailureLog, "attempt_time"),
        (AccessLog, "attempt_time"),
    ):
        deleted, _ = model.objects.filter(**{f"{field}__lt": login_limit}).delete()
        login_records += deleted
    return RetentionReport(
        notifications=notifications,
        exports=exports,
        sessions=sessions,
        login_records=login_records,
    )
