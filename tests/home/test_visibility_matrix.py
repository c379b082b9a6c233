"""Who sees which page, document and link, on every list that shows them.

One tree holds a public page, a page restricted to administrators, a page under
a restricted parent, a draft and a password-protected page (posts and events),
a public and a private-collection document. Every list a member meets is asked,
for each role, which of them it shows. A list that shows pages or documents
belongs in this module.
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from blog.models import BlogIndexPage, BlogPage
from documents.models import DocumentIndexPage
from events.models import EventIndexPage, EventPage, EventType
from home import roles
from home.models import StandardPage
from home.visibility import page_viewers, pages_visible_to
from notifications.models import MemberVisit
from tests.helpers import main_content

WORD = "Zéphyr"
PUBLIC_POST = f"Billet public {WORD}"
RESTRICTED_POST = f"Billet réservé {WORD}"
NESTED_POST = f"Billet sous un blog réservé {WORD}"
DRAFT_POST = f"Billet brouillon {WORD}"
PASSWORD_POST = f"Billet protégé {WORD}"
PUBLIC_EVENT = f"Événement public {WORD}"
RESTRICTED_EVENT = f"Événement réservé {WORD}"
PUBLIC_DOCUMENT = f"Document public {WORD}"
PRIVATE_DOCUMENT = f"Document privé {WORD}"
LINKS_PAGE = f"Page de liens {WORD}"

ROLES = ["anonymous", "member", "editor", "administrator", "superuser"]
# Administrators and superusers pass the "Administrateur" restrictions.
PRIVILEGED = {"administrator", "superuser"}
RESTRICTED = {RESTRICTED_POST, NESTED_POST, RESTRICTED_EVENT, PRIVATE_DOCUMENT}
NEVER_LISTED = {DRAFT_POST, PASSWORD_POST}


def expected_visible(role: str, titles: set[str]) -> set[str]:
    # Anonymous visitors are sent to the login page before any list; the rule
    # itself still shows them unrestricted pages only.
    shown = titles - NEVER_LISTED
    return shown if role in PRIVILEGED else shown - RESTRICTED


def restrict(page: Page, *, password: str = "") -> None:
    if password:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
        )
        return
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))


def document_links(*documents) -> list[dict]:
    return [
        {
            "type": "document_links",
            "value": [{"document": document.pk, "title": ""} for document in documents],
        }
    ]


def publish(parent: Page, page: Page, *, live: bool = True) -> Page:
    page.live = live
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return page.__class__.objects.get(pk=page.pk)


@pytest.fixture
def tree(home_page, make_user, add_document, private_collection):
    """The matrix's pages and documents, all owned by one author."""
    author = make_user(roles.EDITOR, username="auteur")
    public_document = add_document(title=PUBLIC_DOCUMENT, name="public.pdf")
    private_document = add_document(
        title=PRIVATE_DOCUMENT, name="prive.pdf", into=private_collection
    )
    blog = publish(home_page, BlogIndexPage(title="Blog", slug="blog"))
    reserved_blog = publish(
        home_page, BlogIndexPage(title="Blog du comité", slug="blog-comite")
    )
    restrict(reserved_blog)

    def post(parent, title, *, live=True, body=()):
        page = BlogPage(
            title=title,
            slug=title.split()[1].lower() + str(BlogPage.objects.count()),
            date=timezone.localdate(),
            introduction=f"Introduction. {WORD}",
            owner=author,
            body=list(body),
        )
        page = publish(parent, page, live=live)
        page.tags.add("commun")
        page.save_revision().publish() if live else page.save_revision()
        return page

    public_post = post(blog, PUBLIC_POST)
    restricted_post = post(blog, RESTRICTED_POST, body=document_links(public_document))
    restrict(restricted_post)
    post(reserved_blog, NESTED_POST)
    post(blog, DRAFT_POST, live=False)
    restrict(post(blog, PASSWORD_POST), password="secret-42")

    calendar = publish(home_page, EventIndexPage(title="Calendrier", slug="calendrier"))
    start = timezone.now() + timedelta(days=3)
    event_type = EventType.objects.first()
    for title in (PUBLIC_EVENT, RESTRICTED_EVENT):
        event = publish(
            calendar,
            EventPage(
                title=title,
                slug=title.split()[0].lower() + str(EventPage.objects.count()),
                start=start,
                end=start + timedelta(hours=2),
                event_type=event_type,
                owner=author,
            ),
        )
        if title == RESTRICTED_EVENT:
            restrict(event)
    publish(home_page, DocumentIndexPage(title="Documents", slug="documents"))
    links_page = publish(
        home_page,
        StandardPage(
            title=LINKS_PAGE,
            slug="liens",
            owner=author,
            body=[
                *document_links(public_document, private_document),
                {"type": "page_link", "value": {"page": public_post.pk, "title": ""}},
                {
                    "type": "page_link",
                    "value": {"page": restricted_post.pk, "title": ""},
                },
            ],
        ),
    )
    return {
        "author": author,
        "public_document": public_document,
        "public_post": public_post,
        "links_page": links_page,
    }


@pytest.fixture
def users(make_user):
    return {
        "anonymous": AnonymousUser(),
        "member": make_user(roles.MEMBER),
        "editor": make_user(roles.EDITOR),
        "administrator": make_user(roles.ADMINISTRATOR),
        "superuser": make_user(None, is_superuser=True, is_staff=True),
    }


def shown(html: str, titles: set[str]) -> set[str]:
    return {title for title in titles if title in html}


def page_as(client, user, url: str) -> str:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, url
    return main_content(response)


POSTS = {PUBLIC_POST, RESTRICTED_POST, DRAFT_POST, PASSWORD_POST}
ALL_POSTS = POSTS | {NESTED_POST}
EVENTS = {PUBLIC_EVENT, RESTRICTED_EVENT}
DOCUMENTS = {PUBLIC_DOCUMENT, PRIVATE_DOCUMENT}

# (list, url builder, titles it may show)
PAGE_LISTS = [
    ("site search", lambda tree: f"/recherche/?q={WORD}", ALL_POSTS | EVENTS),
    ("site search (documents)", lambda tree: f"/recherche/?q={WORD}", DOCUMENTS),
    ("blog index", lambda tree: "/blog/", POSTS),
    ("related posts", lambda tree: tree["public_post"].url, ALL_POSTS - {PUBLIC_POST}),
    ("calendar", lambda tree: "/calendrier/", EVENTS),
    ("library", lambda tree: "/documents/", DOCUMENTS),
    ("home sections", lambda tree: "/", ALL_POSTS | EVENTS | DOCUMENTS),
    (
        "author's profile",
        lambda tree: f"/membres/{tree['author'].username}/",
        ALL_POSTS | EVENTS,
    ),
    ("link blocks", lambda tree: tree["links_page"].url, DOCUMENTS),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "url", "titles"), PAGE_LISTS, ids=[row[0] for row in PAGE_LISTS]
)
def test_each_list_shows_what_the_role_may_see(client, tree, users, name, url, titles):
    seen = {
        role: shown(page_as(client, users[role], url(tree)), titles)
        for role in ROLES[1:]
    }

    assert seen == {role: expected_visible(role, titles) for role in ROLES[1:]}


@pytest.mark.django_db
def test_page_link_block_names_only_pages_the_reader_may_open(client, tree, users):
    restricted = BlogPage.objects.get(title=RESTRICTED_POST)
    for role in ROLES[1:]:
        html = page_as(client, users[role], tree["links_page"].url)

        assert tree["public_post"].url in html
        assert (restricted.url in html) is (role in PRIVILEGED), role


@pytest.mark.django_db
def test_where_a_document_is_used_lists_visible_pages_only(client, tree, users):
    url = tree["public_document"].get_absolute_url()
    for role in ROLES[1:]:
        html = page_as(client, users[role], url)

        assert LINKS_PAGE in html  # the public page linking to it
        assert (RESTRICTED_POST in html) is (role in PRIVILEGED), role


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_blog_feeds_follow_the_rule(client, tree, users, kind):
    for role in ROLES[1:]:
        client.force_login(users[role])
        response = client.get(f"/blog/flux/{kind}/")

        assert response.status_code == 200
        body = response.content.decode()
        assert shown(body, POSTS) == expected_visible(role, POSTS), role


@pytest.mark.django_db
def test_ical_feed_follows_the_rule(client, tree, users, feed_url):
    for role in ROLES[1:]:
        response = client.get(feed_url(users[role]))

        assert response.status_code == 200
        # iCalendar folds long lines; compare on unfolded text.
        unfolded = response.content.decode().replace("\r\n ", "")
        assert shown(unfolded, EVENTS) == expected_visible(role, EVENTS), role


@pytest.mark.django_db
def test_since_last_visit_follows_the_rule(tree, users):
    from notifications.selectors import since_last_visit_section

    expected = ALL_POSTS | EVENTS
    for role in ROLES[1:]:
        MemberVisit.objects.update_or_create(
            user=users[role],
            defaults={
                "previous_visit_at": timezone.now() - timedelta(days=1),
                "current_visit_at": timezone.now(),
            },
        )
        section = since_last_visit_section(user=users[role], home=None)
        titles = {page.title for page in section["pages"]}

        assert titles & expected == expected_visible(role, expected), role


@pytest.mark.django_db
def test_the_rule_and_its_twin_agree(tree, users):
    """pages_visible_to(user) and page_viewers(page) give the same answer."""
    pages = list(Page.objects.filter(title__contains=WORD).specific())
    for role, user in users.items():
        visible = set(
            pages_visible_to(
                user, Page.objects.filter(title__contains=WORD)
            ).values_list("title", flat=True)
        )

        assert visible & (ALL_POSTS | EVENTS) == expected_visible(
            role, ALL_POSTS | EVENTS
        ), role
        if role == "anonymous":
            continue
        for page in pages:
            notified = page_viewers(page)(get_user_model().objects.filter(pk=user.pk))
            assert notified.exists() is (page.title in visible), (role, page.title)


@pytest.mark.django_db
def test_a_page_outside_the_site_root_is_never_listed(home_page, member):
    orphan = StandardPage(title=f"Hors du site {WORD}", slug="hors-site")
    Page.get_first_root_node().add_child(instance=orphan)
    orphan.save_revision().publish()

    assert not pages_visible_to(member).filter(pk=orphan.pk).exists()
    assert not page_viewers(orphan)(get_user_model().objects.all()).exists()
