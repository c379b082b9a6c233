from django.conf import settings
from django.core import mail
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home import demo

LOCMEM_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


class Command(BaseCommand):
    help = "Load the demo accounts and content (idempotent; refused in production)."

    def handle(self, *args, **options):
        if getattr(settings, "PRODUCTION", True):
            raise CommandError(
                _("Demo content cannot be loaded with production settings.")
            )
        # The demo's notices would print whole MIME messages with the console
        # backend: keep them in memory and say how many there were.
        with override_settings(EMAIL_BACKEND=LOCMEM_EMAIL_BACKEND):
            mail.outbox = []
            with transaction.atomic():
                ctx = demo.build_context()
                demo.load_all(ctx)
            sent = len(mail.outbox)
            mail.outbox = []
        for line in ctx.log:
            self.stdout.write(line)
        if sent:
            self.stdout.write(
                ngettext(
                    "%(count)d e-mail would have been sent (not shown).",
                    "%(count)d e-mails would have been sent (not shown).",
                    sent,
                )
                % {"count": sent}
            )
        self.stdout.write(self.style.SUCCESS(_("Demo content loaded.")))
        self.stdout.write(
            _("Demo accounts (password: %(password)s):")
            % {"password": demo.DEMO_PASSWORD}
        )
        for account in demo.DEMO_ACCOUNTS[:3]:
            self.stdout.write(f"  {account.role:<15} {account.username}")
