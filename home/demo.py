"""Demo content shared by every service: accounts, the page tree, the about pages.

`load_demo` calls `load(ctx)` here first, then the `demo` module of every other
installed app that has one: first each one's `ensure_index(ctx)` (in
`INDEX_ORDER`, which is the order of the services under the home page), then
each one's `load(ctx)` (in `DEMO_ORDER`), so each service seeds its own pages.
Every loader is idempotent: it looks things up before creating them.
"""

import importlib
import importlib.util
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page

from home import demo_pages, roles
from home.models import HomePage, StandardPage

DEMO_ORDER = 0
DEMO_PASSWORD = "osmose-demo-2026"  # noqa: S105 - printed demo credentials


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: str


# One account per role first (printed by load_demo), then other members who
# write comments and messages in the demo.
DEMO_ACCOUNTS = [
    DemoAccount("membre", "Hélène", "Martin", roles.MEMBER),
    DemoAccount("editeur", "Karim", "Benali", roles.EDITOR),
    DemoAccount("admin", "Sophie", "Lefèvre", roles.ADMINISTRATOR),
    DemoAccount("jdupont", "Jean", "Dupont", roles.MEMBER),
    DemoAccount("crousseau", "Claire", "Rousseau", roles.MEMBER),
    DemoAccount("mnguyen", "Marc", "Nguyen", roles.MEMBER),
]


@dataclass
class DemoContext:
    home: HomePage
    users: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def say(self, line: str) -> None:
        self.log.append(line)


def ensure_child(parent: Page, model, *, slug: str, **fields):
    """The live child page with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _ensure_account(account: DemoAccount):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=account.username,
        defaults={
            "first_name": account.first_name,
            "last_name": account.last_name,
            "email": f"{account.username}@osmose.example",
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(Group.objects.get(name=account.role))
    return user


def build_context() -> DemoContext:
    return DemoContext(home=HomePage.objects.get())


def load(ctx: DemoContext) -> None:
    for account in DEMO_ACCOUNTS:
        ctx.users[account.username] = _ensure_account(account)
    home = ctx.home
    if not home.introduction:
        home.introduction = (
            "<p>Bienvenue sur OSMOSE, l'espace collaboratif du programme "
            "Démat. ADS.</p>"
        )
        home.save_revision().publish()

    ensure_child(
        home,
        StandardPage,
        slug="osmose",
        title="OSMOSE : qu'est-ce que c'est ?",
        introduction=demo_pages.ABOUT_INTRODUCTION,
        body=demo_pages.ABOUT_BODY,
    )
    ensure_child(
        home,
        StandardPage,
        slug="regles",
        title="Règles et bonnes pratiques",
        introduction=demo_pages.RULES_INTRODUCTION,
        body=demo_pages.RULES_BODY,
    )


def demo_modules() -> list:
    """Every installed app's `demo` module, in DEMO_ORDER (home's first).

    Found by name, so home imports no service.
    """
    modules = []
    for app_config in apps.get_app_configs():
        name = f"{app_config.name}.demo"
        if _has_module(name):
            modules.append(importlib.import_module(name))
    return sorted(modules, key=lambda module: getattr(module, "DEMO_ORDER", 100))


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def build_tree(ctx: DemoContext, modules=None) -> None:
    """Accounts, the about pages and each service's entry page, in INDEX_ORDER."""
    modules = demo_modules() if modules is None else modules
    load(ctx)
    with_index = [module for module in modules if hasattr(module, "ensure_index")]
    for module in sorted(with_index, key=lambda module: module.INDEX_ORDER):
        module.ensure_index(ctx)


def load_all(ctx: DemoContext) -> None:
    """The whole demo: the tree, then every service's content."""
    modules = demo_modules()
    build_tree(ctx, modules)
    for module in modules:
        if module.__name__ != __name__ and hasattr(module, "load"):
            module.load(ctx)
