"""Every URL of the site × every kind of visitor, against the table below.

URLs come from the URL configuration (every pattern, admin included) and from
the page tree (every live page). A pattern with parameters is requested with
values that match nothing (id 999999, slug "inexistant"): whoever asks, no
content comes back, and an anonymous visitor is sent to the login page before
anything is looked up. Positive access to real objects is covered by each
app's visibility tests; this table makes sure no URL is left without a gate.

A new URL fails `test_every_url_has_an_entry` until it gets a line here.
"""

import re

import pytest
from django.urls import URLResolver, get_resolver
from wagtail.models import Page

from home import roles

ROLES = ("anonymous", "no_group", "member", "editor", "administrator")

OK = "ok"  # 200
LOGIN = "login"  # 302 to the login page
NONE = "none"  # 404 or 405: nothing for this id, or not by GET
REDIRECT = "redirect"  # 302 somewhere on the site, not the login page
DENIED = "denied"  # 403, or the login page for a back-office URL
PUBLIC = "public"  # answers anonymous visitors by design (< 500, no login)

ALL_MEMBERS_OK = (LOGIN, OK, OK, OK, OK)
ALL_MEMBERS_NONE = (LOGIN, NONE, NONE, NONE, NONE)
# Moderation refuses everyone but administrators before looking the id up.
MODERATION = (LOGIN, DENIED, DENIED, DENIED, NONE)

# Sample URLs for patterns whose parameters a converter does not describe.
SAMPLES = {
    r"fichiers/^(\d+)/(.*)$": "/fichiers/999999/rapport.pdf",
    r"^media/(?P<path>.+)$": "/media/inexistant.png",
    r"calendrier/^ical/(?P<token>[A-Za-z0-9_-]{0,100})\.ics$": (
        "/calendrier/ical/inexistant.ics"
    ),
    r"^((?:[\w\-]+/)*)$": "/inexistant/",
}

EXPECTED = {
    "connexion/": (PUBLIC, OK, OK, OK, OK),
    "deconnexion/": (NONE, NONE, NONE, NONE, NONE),
    # ProConnect answers 404 while it is not configured.
    "connexion/proconnect/": (NONE, NONE, NONE, NONE, NONE),
    "connexion/proconnect/retour/": (NONE, NONE, NONE, NONE, NONE),
    # Without an access request in the session, back to the login page.
    "connexion/demande-en-cours/": (LOGIN, LOGIN, LOGIN, LOGIN, LOGIN),
    # A forged invitation link: a French 404 page, whoever opens it.
    "invitation/<str:token>/": (NONE, NONE, NONE, NONE, NONE),
    "mot-de-passe/oubli/": (PUBLIC, OK, OK, OK, OK),
    "mot-de-passe/oubli/envoye/": (PUBLIC, OK, OK, OK, OK),
    "mot-de-passe/nouveau/<uidb64>/<token>/": (PUBLIC, OK, OK, OK, OK),
    "mot-de-passe/nouveau/termine/": (PUBLIC, OK, OK, OK, OK),
    "mot-de-passe/changer/": ALL_MEMBERS_OK,
    "mot-de-passe/changer/termine/": ALL_MEMBERS_OK,
    "healthz": (PUBLIC, OK, OK, OK, OK),
    "documents/<int:document_id>/": ALL_MEMBERS_NONE,
    "documents/<int:document_id>/afficher/": ALL_MEMBERS_NONE,
    "fichiers/<int:document_id>/telecharger/": ALL_MEMBERS_NONE,
    "fichiers/<int:document_id>/afficher/": ALL_MEMBERS_NONE,
    "fichiers/<int:document_id>/apercu/": ALL_MEMBERS_NONE,
    "fichiers/<int:document_id>/vignette/": ALL_MEMBERS_NONE,
    r"fichiers/^(\d+)/(.*)$": ALL_MEMBERS_NONE,
    "fichiers/authenticate_with_password/<int:restriction_id>/": ALL_MEMBERS_NONE,
    r"^media/(?P<path>.+)$": ALL_MEMBERS_NONE,
    "recherche/": ALL_MEMBERS_OK,
    "recherche/suggestions/": ALL_MEMBERS_OK,
    "commentaires/<int:content_type_id>/<int:object_id>/": ALL_MEMBERS_NONE,
    "commentaires/<int:pk>/": ALL_MEMBERS_NONE,
    "commentaires/<int:pk>/modifier/": ALL_MEMBERS_NONE,
    "commentaires/<int:pk>/supprimer/": ALL_MEMBERS_NONE,
    "commentaires/<int:pk>/masquer/": MODERATION,
    # Tokenised subscription: public by design, 404 for an unknown token.
    r"calendrier/^ical/(?P<token>[A-Za-z0-9_-]{0,100})\.ics$": (
        NONE,
        NONE,
        NONE,
        NONE,
        NONE,
    ),
    # Opening a thread is the administrators' ("Posez une question").
    "echanges/nouveau/": (LOGIN, DENIED, DENIED, DENIED, OK),
    "echanges/suggestions.json": ALL_MEMBERS_OK,
    "echanges/theme/<slug:slug>/": ALL_MEMBERS_NONE,
    "echanges/fil/<slug:slug>/": ALL_MEMBERS_NONE,
    "echanges/fil/<slug:slug>/repondre/": ALL_MEMBERS_NONE,
    "echanges/fil/<slug:slug>/suivre/": ALL_MEMBERS_NONE,
    "echanges/fil/<slug:slug>/gerer/": ALL_MEMBERS_NONE,
    "echanges/message/<int:pk>/": ALL_MEMBERS_NONE,
    "echanges/message/<int:pk>/modifier/": ALL_MEMBERS_NONE,
    "echanges/message/<int:pk>/supprimer/": ALL_MEMBERS_NONE,
    "echanges/message/<int:pk>/signaler/": ALL_MEMBERS_NONE,
    "echanges/message/<int:pk>/masquer/": MODERATION,
    "echanges/message/<int:pk>/retablir/": MODERATION,
    "echanges/message/<int:pk>/classer/": MODERATION,
    "echanges/message/<int:pk>/reponse/": ALL_MEMBERS_NONE,
    "echanges/message/<int:pk>/promouvoir/": ALL_MEMBERS_NONE,
    "membres/mentions.json": ALL_MEMBERS_OK,
    "profil/": ALL_MEMBERS_OK,
    "profil/rappel/masquer/": ALL_MEMBERS_NONE,
    "profil/donnees/": ALL_MEMBERS_OK,
    "profil/donnees/export/": ALL_MEMBERS_NONE,
    "profil/donnees/export/<uuid:export_id>/": ALL_MEMBERS_NONE,
    "membres/": ALL_MEMBERS_OK,
    "membres/<str:username>/": ALL_MEMBERS_NONE,
    "notifications/": ALL_MEMBERS_OK,
    "notifications/preferences/": ALL_MEMBERS_OK,
    "notifications/tout-lu/": ALL_MEMBERS_NONE,
    "notifications/<int:notification_id>/": ALL_MEMBERS_NONE,
    "notifications/<int:notification_id>/lu/": ALL_MEMBERS_NONE,
    "messages/": ALL_MEMBERS_OK,
    "messages/nouveau-groupe/": ALL_MEMBERS_OK,
    "messages/avec/<str:username>/": ALL_MEMBERS_NONE,
    "messages/<int:pk>/": ALL_MEMBERS_NONE,
    "messages/<int:pk>/messages/": ALL_MEMBERS_NONE,
    "messages/<int:pk>/lu/": ALL_MEMBERS_NONE,
    "messages/<int:pk>/membres/": ALL_MEMBERS_NONE,
    "messages/<int:pk>/quitter/": ALL_MEMBERS_NONE,
    "messages/message/<int:pk>/signaler/": ALL_MEMBERS_NONE,
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": (
        ALL_MEMBERS_NONE
    ),
    "_util/login/": (PUBLIC, OK, OK, OK, OK),
    r"^((?:[\w\-]+/)*)$": ALL_MEMBERS_NONE,
}

# The back office: anonymous visitors, members and accounts without a group
# never get an admin page, whatever the URL. (Editors' and administrators'
# reach inside it is tested in tests/home/test_editor_admin_pages.py and
# tests/documents/test_editor_admin_access.py, and written in docs/roles.md.)
ADMIN_PREFIX = "admin/"
ADMIN_EXPECTED = {"anonymous": LOGIN, "no_group": DENIED, "member": DENIED}
# Back-office URLs open by design to signed-in accounts (its login and
# password-reset pages, translations and icons; anonymous visitors are sent to
# the site's login first), and the catch-all that only redirects.
ADMIN_OPEN = {
    "admin/login/": {"anonymous": PUBLIC},
    # The site's sign-out (POST only), which also ends a ProConnect session.
    "admin/logout/": {"anonymous": NONE},
    "admin/password_reset/": {},
    "admin/password_reset/done/": {},
    "admin/password_reset/confirm/<uidb64>/<token>/": {},
    "admin/password_reset/complete/": {},
    "admin/jsi18n/": {},
    "admin/sprite/": {},
    "admin/^.*/$": {"anonymous": REDIRECT, "no_group": REDIRECT, "member": REDIRECT},
}
ADMIN_OPEN_DEFAULT = {"anonymous": LOGIN, "no_group": PUBLIC, "member": PUBLIC}

CONVERTER_SAMPLES = {
    "int": "999999",
    "slug": "inexistant",
    "str": "inexistant",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


def _routes(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, route)
        else:
            yield route


def _sample_url(route: str) -> str | None:
    if route in SAMPLES:
        return SAMPLES[route]
    if "^" in route or "(?" in route:
        return None

    def value(match):
        converter, _, name = match.group(1).rpartition(":")
        return CONVERTER_SAMPLES.get(converter or "str", "x") if name else "x"

    return "/" + re.sub(r"<([^>]+)>", value, route)


def _admin_sample_url(route: str) -> str:
    url = re.sub(r"<([^>]+)>", "1", route)
    url = re.sub(r"\^|\$|\\", "", url)
    url = re.sub(r"\(\?P<\w+>[^)]*\)|\([^)]*\)", "1", url)
    return "/" + url


def _outcome(response) -> str:
    status = response.status_code
    location = response.get("Location", "")
    if status == 200:
        return OK
    if status in (301, 302):
        return LOGIN if "/connexion/" in location else REDIRECT
    if status in (404, 405):
        return NONE
    if status == 403:
        return DENIED
    return f"status {status}"


def _matches(expected: str, response) -> bool:
    outcome = _outcome(response)
    if expected == PUBLIC:
        return response.status_code < 500 and outcome != LOGIN
    if expected == DENIED:
        return outcome in (DENIED, LOGIN)
    return outcome == expected


@pytest.fixture
def visitors(site_tree, make_user):
    accounts = {
        "no_group": make_user(None, username="sansgroupe"),
        "member": make_user(roles.MEMBER, username="matrice-membre"),
        "editor": make_user(roles.EDITOR, username="matrice-editeur"),
        "administrator": make_user(roles.ADMINISTRATOR, username="matrice-admin"),
    }
    return accounts


def _client_for(role, visitors, client_class):
    client = client_class()
    if role != "anonymous":
        client.force_login(visitors[role])
    return client


def test_every_url_has_an_entry():
    missing = [
        route
        for route in _routes()
        if not route.startswith(ADMIN_PREFIX) and route not in EXPECTED
    ]
    stale = sorted(set(EXPECTED) - set(_routes()))

    assert not missing, (
        "These URL patterns have no line in EXPECTED "
        f"(tests/security/test_permission_matrix.py): {missing}"
    )
    assert not stale, f"EXPECTED lists URL patterns that no longer exist: {stale}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_site_urls_answer_each_role_as_the_table_says(role, visitors, client_class):
    client = _client_for(role, visitors, client_class)
    wrong = []
    for route, expectations in EXPECTED.items():
        url = _sample_url(route)
        expected = expectations[ROLES.index(role)]
        response = client.get(url)
        if not _matches(expected, response):
            wrong.append(
                f"{url} ({route}): expected {expected}, got {_outcome(response)}"
            )

    assert not wrong, f"{role}:\n" + "\n".join(wrong)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_page_of_the_tree_answers_members_only(role, visitors, client_class):
    client = _client_for(role, visitors, client_class)
    pages = Page.objects.live().filter(depth__gt=1).specific()
    wrong = []
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        expected = LOGIN if role == "anonymous" else OK
        if not _matches(expected, response):
            wrong.append(f"{url}: expected {expected}, got {_outcome(response)}")

    assert pages.count() >= 8
    assert not wrong, f"{role}:\n" + "\n".join(wrong)


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(ADMIN_EXPECTED))
def test_no_admin_url_answers_outside_the_back_office_roles(
    role, visitors, client_class
):
    client = _client_for(role, visitors, client_class)
    wrong = []
    routes = [route for route in _routes() if route.startswith(ADMIN_PREFIX)]
    for route in routes:
        url = _admin_sample_url(route)
        if route in ADMIN_OPEN:
            expected = ADMIN_OPEN[route].get(role, ADMIN_OPEN_DEFAULT[role])
        else:
            expected = ADMIN_EXPECTED[role]
        response = client.get(url)
        if response.status_code == 404:
            continue  # the sample matched no object: nothing shown either
        if not _matches(expected, response):
            wrong.append(
                f"{url} ({route}): expected {expected}, got {_outcome(response)}"
            )

    assert len(routes) > 100
    assert not wrong, f"{role}:\n" + "\n".join(wrong)


@pytest.fixture
def client_class():
    from django.test import Client

    return Client


# Inside the back office, by section (the first part after /admin/): what
# editors and administrators may not open (docs/roles.md). Every URL of a closed
# section answers them 403, the admin's "no permission" redirect, or 404/405
# for a sample id that matches nothing.
CLOSED_SECTIONS = {
    "editor": {
        "adhesions",
        "collections",
        "commentaires",  # bulk hiding of comments (POST)
        "messages-signales",  # handling a reported message (POST)
        "groups",
        "membres",
        "redirects",
        "sites",
        "users",
        "workflows",
        "^comments",
        "^discussions",
        "^messaging",
    },
    "administrator": {"redirects", "sites", "workflows"},
}
# The sections editors work in (or that serve every back-office page). A new
# admin section fails `test_every_admin_section_is_classified` until it is
# listed here or among the editors' closed sections.
EDITOR_SECTIONS = {
    "",
    "^.*",
    "^faq",
    "account",
    "api",
    "block-preview",
    "bulk",
    "choose-anchor-link",
    "choose-email-link",
    "choose-external-link",
    "choose-page",
    "choose-phone-link",
    "dismissibles",
    "documents",
    "editing-sessions",
    "embeds",
    "failwhale",
    "forms",
    "images",
    "jsi18n",
    "login",
    "logout",
    "modeladmin",
    "pages",
    "password_reset",
    "recherches",
    "reports",
    "searchpicks",
    "settings",
    "snippets",
    "sprite",
    "tag-autocomplete",
    "test404",
}
# Workflows are the superusers'; the task chooser serves the page editor (and
# lets only those holding Wagtail's "add task" permission create one).
WORKFLOW_CHOOSER = "admin/workflows/task_chooser/"

# And what each must reach: an admin section the role's work needs.
OPEN_ROUTES = {
    "editor": {
        "admin/",
        "admin/pages/",
        "admin/documents/",
        "admin/images/",
        "admin/searchpicks/",
        "admin/recherches/",
        "admin/snippets/",
        "admin/account/",
    },
    "administrator": {
        "admin/",
        "admin/pages/",
        "admin/documents/",
        "admin/users/",
        "admin/groups/",
        "admin/collections/",
        "admin/adhesions/demandes/",
        "admin/adhesions/invitations/",
        "admin/^comments/comment/$",
        "admin/^discussions/thread/$",
        "admin/^discussions/message/$",
        "admin/^messaging/messagereport/$",
    },
}


def _section(route: str) -> str:
    return route[len(ADMIN_PREFIX) :].split("/")[0]


def _admin_opens(response) -> bool:
    """200, or a redirect further into the back office (the explorer's root)."""
    location = response.get("Location", "")
    return response.status_code == 200 or (
        response.status_code == 302
        and location.startswith("/admin/")
        and location != "/admin/"
    )


def _admin_denied(response) -> bool:
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("role", ("editor", "administrator"))
def test_back_office_roles_reach_their_sections_and_no_other(
    role, visitors, client_class
):
    client = _client_for(role, visitors, client_class)
    routes = [route for route in _routes() if route.startswith(ADMIN_PREFIX)]
    wrong = []
    for route in routes:
        if route == "admin/failwhale/":
            continue  # Wagtail's deliberate error page
        url = _admin_sample_url(route)
        response = client.get(url)
        closed = _section(route) in CLOSED_SECTIONS[role] and not route.startswith(
            WORKFLOW_CHOOSER
        )
        if closed and response.status_code == 405:
            response = client.post(url)  # a POST-only action: try it
        if response.status_code >= 500:
            wrong.append(f"{url} ({route}): status {response.status_code}")
        elif closed and not (_admin_denied(response) or _outcome(response) == NONE):
            wrong.append(f"{url} ({route}): closed, got {_outcome(response)}")
        elif route in OPEN_ROUTES[role] and not _admin_opens(response):
            wrong.append(f"{url} ({route}): open, got {_outcome(response)}")

    assert set(OPEN_ROUTES[role]) <= set(routes)
    assert not wrong, f"{role}:\n" + "\n".join(wrong)


def test_every_admin_section_is_classified():
    sections = {
        _section(route) for route in _routes() if route.startswith(ADMIN_PREFIX)
    }
    unclassified = sections - EDITOR_SECTIONS - CLOSED_SECTIONS["editor"]

    assert not unclassified, (
        "Admin sections neither open nor closed to editors "
        f"(tests/security/test_permission_matrix.py): {sorted(unclassified)}"
    )
    assert not EDITOR_SECTIONS & CLOSED_SECTIONS["editor"]
