"""Random and hostile text in every GET parameter and form field: no 500.

Hypothesis sends NUL characters, non-ASCII digits, full-text operators,
quotes, 10,000 characters and direction overrides to each parameter the
site's views read (the table below) and to the member forms, and checks that
no answer is a server error, that no script comes back unescaped and that
stored text is what was typed.
"""

import pytest
from django.contrib.auth import get_user_model
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
