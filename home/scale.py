"""A large, seeded data set for measuring pages at community scale.

`generate_scale_data` builds the demo tree (accounts and each service's entry
page), then calls `generate(ctx)` in the `scale` module of every installed app
that has one, in SCALE_ORDER. Each module declares the counts it produces in
`COUNTS` (name → default at scale 1); the command turns them into options.

Rows go in with `bulk_create`; Wagtail pages too (see `bulk_add_pages`), so no
signal fires: nothing is announced, mailed or indexed while generating. The
search index is rebuilt once at the end.
"""

import importlib
import importlib.util
import random
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from home.models import HomePage

SCALE_ORDER = 0
BATCH_SIZE = 2000

# A few hundred words of the community's vocabulary, for titles and texts.
WORDS = (
    "autorisation urbanisme permis construire déclaration préalable instruction "
    "dématérialisation commune service instructeur dossier pièce plan cadastre "
    "guichet unique téléprocédure signature électronique délai récépissé avis "
    "consultation architecte bâtiments France PLU zonage réunion webinaire atelier "
    "retour expérience logiciel éditeur interopérabilité Plat'AU dépôt numérique "
    "accompagnement formation déploiement pilote département intercommunalité "
    "mairie agent usager démarche suivi archivage notification complétude "
    "arrêté affichage recours conformité chantier aménagement lotissement "
    "démolition certificat voirie réseau assainissement patrimoine paysage"
).split()

FIRST_NAMES = (
    "Hélène Karim Sophie Jean Claire Marc Camille Nicolas Julie Thomas Léa Antoine "
    "Manon Pierre Chloé Julien Sarah Mathieu Emma Lucas Inès Hugo Laura Maxime "
    "Pauline Alexandre Céline Romain Aurélie Vincent Nadia Olivier Élodie Yann"
).split()
LAST_NAMES = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon "
    "Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel "
    "Girard André Mercier Dupont Lambert Bonnet François Martinez Nguyen Benali"
).split()


@dataclass
class ScaleContext:
    """What generators share: sizes, the random source, and what earlier ones made."""

    home: HomePage
    scale: float
    counts: dict
    rng: random.Random
    progress: Callable = lambda label, total: _silent_progress
    now: datetime = field(default_factory=timezone.now)
    # Filled by generators for the ones after them.
    users: dict = field(default_factory=dict)
    member_ids: list = field(default_factory=list)
    usernames: dict = field(default_factory=dict)
    targets: dict = field(default_factory=dict)
    figures: dict = field(default_factory=dict)

    def count(self, name: str) -> int:
        return self.counts[name]

    def sentence(self, low: int = 6, high: int = 14) -> str:
        words = self.rng.choices(WORDS, k=self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def paragraph(self, sentences: int = 3) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def title(self) -> str:
        return " ".join(self.rng.choices(WORDS, k=self.rng.randint(3, 7))).capitalize()

    def member_id(self) -> int:
        return self.rng.choice(self.member_ids)

    def member_text(self, mention_share: float = 0.1) -> str:
        """A member's message, now and then mentioning another member."""
        text = self.paragraph(self.rng.randint(1, 3))
        if self.usernames and self.rng.random() < mention_share:
            username = self.usernames[self.member_id()]
            text = f"@[{username}] {text}"
        return text

    def page_url(self, page) -> str:
        """The page's address on the site (under the home page)."""
        return page.url_path[len(self.home.url_path) - 1 :]

    def past(self, days: int = 3 * 365) -> datetime:
        """A moment in the last `days` days."""
        return self.now - timedelta(seconds=self.rng.randint(60, days * 86400))


class _SilentProgress:
    def advance(self, amount: int = 1) -> None:
        pass


_silent_progress = _SilentProgress()


@contextmanager
def historic_dates(*model_classes):
    """Let `bulk_create` keep the dates given instead of `auto_now(_add)`'s now."""
    switched = []
    for model in model_classes:
        for model_field in model._meta.concrete_fields:
            for flag in ("auto_now", "auto_now_add"):
                if getattr(model_field, flag, False):
                    setattr(model_field, flag, False)
                    switched.append((model_field, flag))
    try:
        yield
    finally:
        for model_field, flag in switched:
            setattr(model_field, flag, True)


def in_batches(items: Iterable, size: int = BATCH_SIZE):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def bulk_insert(ctx: ScaleContext, label: str, model, rows: Iterable, total: int):
    """`bulk_create` the rows in batches, advancing a progress bar; returns them."""
    bar = ctx.progress(label, total)
    created = []
    for batch in in_batches(rows):
        created.extend(model.objects.bulk_create(batch, batch_size=BATCH_SIZE))
        bar.advance(len(batch))
    return created


def unique_slugs(titles: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    seen = set(taken)
    slugs = []
    for title in titles:
        base = slugify(title)[:60] or "page"
        slug, n = base, 1
        while slug in seen:
            n += 1
            slug = f"{base}-{n}"
        seen.add(slug)
        slugs.append(slug)
    return slugs


def bulk_add_pages(ctx: ScaleContext, label: str, parent: Page, pages: list) -> list:
    """Add live pages of one specific type under `parent`, in bulk.

    Treebeard's `add_child` costs several queries per page; here the paths are
    computed from the parent's last child, the `wagtailcore_page` rows and the
    specific rows are inserted in batches, and the parent's `numchild` is set
    once. Each page needs `title` and the fields of its type; slugs are made
    unique among the parent's children.
    """
    if not pages:
        return []
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    locale_id = parent.locale_id or Locale.get_default().pk
    last = parent.get_children().order_by("-path").first()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    taken = parent.get_children().values_list("slug", flat=True)
    slugs = unique_slugs((page.title for page in pages), taken)
    for page, slug in zip(pages, slugs, strict=True):
        position += 1
        page.slug = slug
        page.path = Page._get_path(parent.path, parent.depth + 1, position)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{slug}/"
        page.content_type = content_type
        page.locale_id = locale_id
        page.translation_key = uuid.UUID(int=ctx.rng.getrandbits(128), version=4)
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or ctx.past()
        page.last_published_at = page.first_published_at
    base_fields = [f.name for f in Page._meta.concrete_fields if not f.primary_key]
    specific_fields = [
        f for f in model._meta.local_concrete_fields if f.name != "page_ptr"
    ]
    bar = ctx.progress(label, len(pages))
    for batch in in_batches(pages):
        bases = Page.objects.bulk_create(
            [
                Page(**{name: getattr(page, name) for name in base_fields})
                for page in batch
            ]
        )
        for page, base in zip(batch, bases, strict=True):
            page.pk = page.id = page.page_ptr_id = base.pk
        # Django refuses bulk_create on a multi-table child: insert its own
        # columns, the page pointer included.
        model.objects.all()._batched_insert(
            batch,
            [model._meta.get_field("page_ptr"), *specific_fields],
            batch_size=BATCH_SIZE,
        )
        bar.advance(len(batch))
    Page.objects.filter(pk=parent.pk).update(
        numchild=models.Subquery(
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by()
            .values("depth")
            .annotate(n=models.Count("pk"))
            .values("n")[:1]
        )
    )
    parent.refresh_from_db(fields=["numchild"])
    return pages


def scale_modules() -> list:
    """Every installed app's `scale` module, in SCALE_ORDER (home's first)."""
    modules = []
    for app_config in apps.get_app_configs():
        name = f"{app_config.name}.scale"
        try:
            found = importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            modules.append(importlib.import_module(name))
    return sorted(modules, key=lambda module: getattr(module, "SCALE_ORDER", 100))


def default_counts(modules=None) -> dict:
    """Every generator's counts at scale 1, by name."""
    counts = {}
    for module in scale_modules() if modules is None else modules:
        counts.update(getattr(module, "COUNTS", {}))
    return counts


def sized_counts(scale: float, overrides: dict, modules=None) -> dict:
    counts = {
        name: max(1, round(default * scale))
        for name, default in default_counts(modules).items()
    }
    counts.update(
        {name: value for name, value in overrides.items() if value is not None}
    )
    return counts


COUNTS = {"members": 5000}


def generate(ctx: ScaleContext) -> None:
    """Members: accounts in the Membre group, after the demo's own accounts."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from home import roles

    User = get_user_model()
    password = make_password(None)  # unusable: scale members never log in
    first = User.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    total = ctx.count("members")
    rows = []
    for n in range(total):
        first_name = ctx.rng.choice(FIRST_NAMES)
        last_name = ctx.rng.choice(LAST_NAMES)
        username = f"{slugify(first_name)}.{slugify(last_name)}.{first + n + 1}"
        rows.append(
            User(
                username=username,
                first_name=first_name,
                last_name=last_name,
                email=f"{username}@osmose.example",
                password=password,
                date_joined=ctx.past(),
            )
        )
    created = bulk_insert(ctx, "members", User, rows, total)
    group = Group.objects.get(name=roles.MEMBER)
    through = User.groups.through
    bulk_insert(
        ctx,
        "member groups",
        through,
        (through(user_id=user.pk, group_id=group.pk) for user in created),
        total,
    )
    ctx.usernames = dict(User.objects.values_list("pk", "username"))
    ctx.member_ids = sorted(ctx.usernames)
