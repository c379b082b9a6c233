"""Daily: delete what is kept past its retention period (cron or systemd timer)."""

from django.core.management.base import BaseCommand

from privacy.retention import retention_apply


class Command(BaseCommand):
    help = "Delete old notifications, expired data exports, sessions and login records."

    def handle(self, *args, **options):
        report = retention_apply()
        self.stdout.write(
            f"notifications={report.notifications} exports={report.exports} "
            f"sessions={report.sessions} login_records={report.login_records}"
        )
