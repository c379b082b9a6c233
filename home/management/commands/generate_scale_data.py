import random
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

from home import demo, scale


class _Bar:
    def __init__(self, progress: Progress, task):
        self.progress, self.task = progress, task

    def advance(self, amount: int = 1) -> None:
        self.progress.advance(self.task, amount)


class Command(BaseCommand):
    help = (
        "Fill the database with a large, seeded data set for benchmarks "
        "(refused in production)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Multiply every default count (e.g. 0.1).",
        )
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Skip rebuilding the search index at the end.",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="No progress bars."
        )
        for name, default in scale.default_counts().items():
            parser.add_argument(
                f"--{name.replace('_', '-')}",
                type=int,
                dest=f"count_{name}",
                help=f"How many {name.replace('_', ' ')} (default {default} × scale).",
            )

    def handle(self, *args, **options):
        if getattr(settings, "PRODUCTION", True):
            raise CommandError(
                _("Scale data cannot be generated with production settings.")
            )
        modules = scale.scale_modules()
        counts = scale.sized_counts(
            options["scale"],
            {
                name: options.get(f"count_{name}")
                for name in scale.default_counts(modules)
            },
            modules,
        )
        started = time.monotonic()
        with Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            disable=options["no_progress"] or options["verbosity"] == 0,
            console=None,
        ) as progress:

            def bar(label: str, total: int):
                return _Bar(progress, progress.add_task(label, total=total))

            with transaction.atomic():
                tree = demo.build_context()
                demo.build_tree(tree)
                ctx = scale.ScaleContext(
                    home=tree.home,
                    scale=options["scale"],
                    counts=counts,
                    rng=random.Random(options["seed"]),  # noqa: S311 - test data
                    progress=bar,
                    users=tree.users,
                )
                for module in modules:
                    module.generate(ctx)
        generated = time.monotonic() - started
        if not options["no_index"]:
            call_command("update_index", verbosity=0)
        total = time.monotonic() - started
        if options["verbosity"]:
            for name, value in counts.items():
                self.stdout.write(f"  {name:<20} {value}")
            self.stdout.write(
                self.style.SUCCESS(
                    _(
                        "Scale data generated in %(generated).0f s "
                        "(%(total).0f s with indexing)."
                    )
                    % {"generated": generated, "total": total}
                )
            )
