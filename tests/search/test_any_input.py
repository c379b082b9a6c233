"""Whatever a member types, every search answers: results or an empty state."""

import pytest

HOSTILE_QUERIES = [
    "",
    " ",
    "a",
    "é",
    "x" * 500,
    "mot " * 125,
    '"unbalanced',
    "'",
    '""',
    "AND",
    "réunion AND (",
    "bien*veillance OR",
    "*",
    "-",
    "-réunion",
    "NEAR(a b)",
    "NEAR",
    "a NOT b",
    "^:~",
    "title:réunion",
    "<script>alert(1)</script>",
    "<b>gras</b>",
    "'; DROP TABLE auth_user; --",
    "1' OR '1'='1",
    "%",
    "_",
    "\\",
    "\x00",
    "🙂 émoji",
    "(((",
]

ENDPOINTS = [
    "/recherche/",
    "/recherche/suggestions/",
    "/faq/",
    "/documents/",
    "/membres/mentions.json",
]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_every_search_endpoint_answers_any_input(member_client, site_tree, endpoint):
    failures = []
    for query in HOSTILE_QUERIES:
        for extra in ({}, {"type": "documents", "tri": "date"}):
            response = member_client.get(endpoint, {"q": query, **extra})
            if "\x00" in query and response.status_code == 400:
                # A NUL character gets the site's French "bad request" page.
                assert "Requête invalide" in response.content.decode()
                continue
            if response.status_code != 200:
                failures.append((query, extra, response.status_code))
            elif "<script>alert(1)</script>" in response.content.decode():
                failures.append((query, extra, "unescaped"))
    assert failures == []
