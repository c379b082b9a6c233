"""Random and hostile text in every GET parameter and form field: no 500.

Hypothesis sends NUL characters, non-ASCII digits, full-text operators,
quotes, 10,000 characters and direction overrides to each parameter the
site's views read (the table below) and to the member forms, and checks that
no answer is a server error, that no script comes back unescaped and that
stored text is what was typed.
"""

import pytest
from django.contrib.auth import get_user_model
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from comments.models import Comment
from discussions.models import Message as ThreadMessage
from discussions.models import Theme, Thread
from discussions.services import thread_create
from messaging.models import Message as ChatMessage
from messaging.services import conversation_start_direct
from osmose_site.text import member_text_normalised
from profiles.models import Profile

SCRIPT = "<script>alert(1)</script>"
HOSTILE = [
    "\x00",
    "a\x00b",
    "²",
    "١٢",
    "𝟙𝟚",
    "Ⅻ",
    "12\x00",
    '"',
    "'",
    '"non fermé',
    "*",
    "NEAR(a b)",
    "a AND OR NOT b",
    "(",
    ")",
    "a:b",
    "^",
    "-x",
    "{}",
    "\\",
    "%",
    "%00",
    "x" * 10_000,
    "\u202egnp.exe",
    "\u200b",
    SCRIPT,
    "' OR 1=1 --",
    "../../etc/passwd",
    "-1",
    "99999999999999999999999",
    "",
]
hostile_text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60))

# Every GET parameter a view of the site reads, by URL.
GET_PARAMETERS = {
    "/recherche/": ["q", "page"],
    "/membres/": ["q", "page"],
    "/membres/mentions.json": ["q"],
    "/blog/": ["tag", "page"],
    "/documents/": ["q", "collection", "type", "sort", "page"],
    "/faq/": ["q", "page"],
    "/calendrier/": ["type", "page"],
    "/calendrier/archives/": ["page"],
    "/notifications/": ["page"],
    "/messages/": ["page"],
    "/echanges/": ["page"],
    "/echanges/nouveau/": ["theme"],
    "/echanges/suggestions.json": ["q"],
}

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@pytest.fixture
def site(site_tree, make_user, client):
    administrator = get_user_model().objects.get(username="admin")
    client.force_login(administrator)
    return client


def _assert_safe(response, url):
    assert response.status_code < 500, url
    if response.get("Content-Type", "").startswith("text/html"):
        assert SCRIPT not in response.content.decode(), url


@pytest.mark.django_db
@SETTINGS
@given(
    url=st.sampled_from(sorted(GET_PARAMETERS)),
    values=st.lists(hostile_text, min_size=5, max_size=5),
)
def test_get_parameters_never_answer_500(site, url, values):
    parameters = dict(zip(GET_PARAMETERS[url], values, strict=False))

    response = site.get(url, parameters)

    _assert_safe(response, url)


@pytest.mark.django_db
@SETTINGS
@given(part=hostile_text.filter(lambda text: "/" not in text and "?" not in text))
def test_url_parts_never_answer_500(site, part):
    for url in (
        f"/membres/{part}/",
        f"/messages/avec/{part}/",
        f"/echanges/fil/{part}/",
        f"/echanges/theme/{part}/",
    ):
        _assert_safe(site.get(url), url)


@pytest.mark.django_db
@SETTINGS
@given(organisation=hostile_text, bio=hostile_text)
def test_profile_form_stores_text_intact_or_refuses_it(
    member_client, member, organisation, bio
):
    response = member_client.post(
        "/profil/",
        {
            "first_name": "Hélène",
            "last_name": "Martin",
            "organisation": organisation,
            "job_title": "",
            "phone": "",
            "bio": bio,
        },
    )

    _assert_safe(response, "/profil/")
    if response.status_code == 302:
        profile = Profile.objects.get(user=member)
        assert profile.organisation == organisation.strip()
        assert profile.bio == bio.strip()


def _post_then_check_stored_or_given_back(client, url, text, model):
    before = set(model.objects.values_list("pk", flat=True))
    response = client.post(url, {"text": text})
    new_rows = list(model.objects.exclude(pk__in=before))
    _assert_stored_intact_or_given_back(response, url, text, new_rows)


def _assert_stored_intact_or_given_back(response, url, text, new_rows):
    """Accepted: stored as typed (bidi controls removed). Refused: nothing
    stored, and the form gives the member's text back to correct it."""
    _assert_safe(response, url)
    if response.status_code == 302:
        assert [row.text for row in new_rows] == [member_text_normalised(text)]
        return
    assert not new_rows, url
    if response.status_code == 200 and text.strip() and "\r" not in text:
        assert escape(text) in response.content.decode(), url


@pytest.fixture
def generous_flood_limits(settings):
    # Forty examples in a row from one member: the anti-flood limit would
    # refuse most of them before their text is even looked at.
    settings.COMMENTS_MAX_PER_MINUTE = 10_000
    settings.MESSAGING_MAX_PER_MINUTE = 10_000


@pytest.mark.django_db
@SETTINGS
@given(text=hostile_text)
def test_comment_form_stores_text_intact_or_gives_it_back(
    generous_flood_limits, member_client, make_post, text
):
    post = make_post("Billet à commenter")
    url = f"/commentaires/{post.content_type_id}/{post.pk}/"
    _post_then_check_stored_or_given_back(member_client, url, text, Comment)


@pytest.mark.django_db
@SETTINGS
@given(text=hostile_text)
def test_thread_reply_form_stores_text_intact_or_gives_it_back(
    generous_flood_limits, member_client, site_tree, administrator, text
):
    theme, _ = Theme.objects.get_or_create(slug="hostile", title="Entrées hostiles")
    thread = Thread.objects.filter(theme=theme).first() or thread_create(
        author=administrator,
        theme=theme,
        title="Fil des entrées hostiles",
        text="Question d'ouverture.",
        notify=False,
    )
    url = f"/echanges/fil/{thread.slug}/repondre/"
    _post_then_check_stored_or_given_back(member_client, url, text, ThreadMessage)


@pytest.mark.django_db
@SETTINGS
@given(text=hostile_text)
def test_message_form_stores_text_intact_or_gives_it_back(
    generous_flood_limits, member_client, member, make_user, text
):
    other = get_user_model().objects.filter(username="destinataire").first()
    conversation = conversation_start_direct(
        author=member, other=other or make_user(username="destinataire")
    )
    url = f"/messages/{conversation.pk}/"
    _post_then_check_stored_or_given_back(member_client, url, text, ChatMessage)
