import os

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache

from home import roles

# Playwright's sync API runs an event loop in the test thread; live_server tests
# then touch the ORM from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Each service's page, content and file fixtures, shared by every app's tests.
pytest_plugins = [
    "tests.fixtures.blog",
    "tests.fixtures.events",
    "tests.fixtures.documents",
    "tests.fixtures.faq",
]


@pytest.fixture(autouse=True)
def fresh_cache():
    """Anti-flood counters and cached fragments live in the cache; ids repeat
    between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def make_user(db):
    """Create a user in one of the community's roles."""
    counter = {"n": 0}

    def make(role=roles.MEMBER, **fields):
        counter["n"] += 1
        n = counter["n"]
        fields.setdefault("username", f"user{n}")
        fields.setdefault("first_name", f"Prénom{n}")
        fields.setdefault("last_name", f"Nom{n}")
        fields.setdefault("email", f"user{n}@osmose.example")
        password = fields.pop("password", "motdepasse-solide-42")
        user = get_user_model().objects.create_user(password=password, **fields)
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def member(make_user):
    return make_user(roles.MEMBER, username="membre", first_name="Hélène")


@pytest.fixture
def editor(make_user):
    return make_user(roles.EDITOR, username="editeur")


@pytest.fixture
def administrator(make_user):
    return make_user(roles.ADMINISTRATOR, username="administrateur")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def site_tree(db):
    """The demo page tree and accounts, as `load_demo` builds them."""
    from home import demo

    ctx = demo.build_context()
    demo.build_tree(ctx)
    return ctx
