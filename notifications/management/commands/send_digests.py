from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from notifications.emails import digest_send


class Command(BaseCommand):
    help = "Mail each member the digest of their pending notifications (run daily)."

    def handle(self, *args, **options):
        sent = digest_send()
        self.stdout.write(_("%(count)s digest(s) sent.") % {"count": sent})
