import importlib
import importlib.util

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from home import demo


def demo_modules():
    """Every installed app's `demo` module, in DEMO_ORDER (home's first)."""
    modules = []
    for app_config in apps.get_app_configs():
        name = f"{app_config.name}.demo"
        if importlib.util.find_spec(app_config.name) and _has_module(name):
            modules.append(importlib.import_module(name))
    return sorted(modules, key=lambda module: getattr(module, "DEMO_ORDER", 100))


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


class Command(BaseCommand):
    help = "Load the demo accounts and content (idempotent; refused in production)."

    def handle(self, *args, **options):
        if getattr(settings, "PRODUCTION", True):
            raise CommandError(
                _("Demo content cannot be loaded with production settings.")
            )
        with transaction.atomic():
            ctx = demo.build_context()
            modules = demo_modules()
            with_index = [m for m in modules if hasattr(m, "ensure_index")]
            for module in sorted(with_index, key=lambda m: m.INDEX_ORDER):
                module.ensure_index(ctx)
            for module in modules:
                if hasattr(module, "load"):
                    module.load(ctx)
        for line in ctx.log:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(_("Demo content loaded.")))
        self.stdout.write(
            _("Demo accounts (password: %(password)s):")
            % {"password": demo.DEMO_PASSWORD}
        )
        for account in demo.DEMO_ACCOUNTS[:3]:
            self.stdout.write(f"  {account.role:<15} {account.username}")
