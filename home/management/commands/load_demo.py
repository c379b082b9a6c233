from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from home import demo


class Command(BaseCommand):
    help = "Load the demo accounts and content (idempotent; refused in production)."

    def handle(self, *args, **options):
        if getattr(settings, "PRODUCTION", True):
            raise CommandError(
                _("Demo content cannot be loaded with production settings.")
            )
        with transaction.atomic():
            ctx = demo.build_context()
            demo.load_all(ctx)
        for line in ctx.log:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(_("Demo content loaded.")))
        self.stdout.write(
            _("Demo accounts (password: %(password)s):")
            % {"password": demo.DEMO_PASSWORD}
        )
        for account in demo.DEMO_ACCOUNTS[:3]:
            self.stdout.write(f"  {account.role:<15} {account.username}")
