"""The relevance set: what a member types → what must come first.

Runs on the database the suite runs on (SQLite by default, PostgreSQL in CI):
French word forms and accents match on both (SQLite through the Snowball
stems the search app indexes).
"""

import pytest

from search.selectors import site_search

# (who searches, what they type, the key of the expected first result or None)
RELEVANCE_SET = [
    ("member", "bascule Lyon", "post"),
    ("member", "webinaires formation", "post"),
    ("member", "webinaire formations", "post"),
    ("member", "webinaire dématérialisé", "post"),
    ("member", "dematerialisation formation", "post"),
    ("member", "instructeur", "event"),
    ("member", "reunion pleniere", "event"),
    ("member", "réunions plénières", "event"),
    ("member", "Bordeaux", "event"),
    ("member", "permis d'aménager", "faq"),
    ("member", "amenager", "faq"),
    ("member", "géoréférencement", "pdf"),
    ("member", "georeferencement parcelles", "pdf"),
    ("member", "cadastrale", "pdf"),
    ("member", "cartographie", "slides"),
    ("member", "webinaire mars", "slides"),
    ("member", "budgétaires", None),
    ("administrator", "budgétaires", "secret"),
    ("member", "comité stratégique", None),
    ("administrator", "comité stratégique", "restricted"),
    ("member", "hydrocarbures", None),
    ("member", "raccordement guichet unique", "thread"),
    ("member", "connecteur", "answer"),
    ("member", "pièces dossier nuit", "answer"),
    ("member", "zinzolins", None),
    ("member", "Trouvadec", "colleague"),
    ("member", "trouvadec gaelle", "colleague"),
    ("member", "Finistère", "colleague"),
    ("member", "urbanisme cheffe", "colleague"),
    ("member", "récépissé", "conversation"),
    ("member", "recepisse", "conversation"),
    ("outsider", "récépissé", None),
]


@pytest.mark.django_db
def test_relevance_set(corpus):
    failures = []
    for who, query, expected in RELEVANCE_SET:
        found = site_search(user=corpus["users"][who], query=query)
        urls = [item.hit.url for item in found.results if item.hit]
        wanted = corpus["urls"][expected] if expected else None
        if wanted is None and urls:
            failures.append(f"{who} {query!r}: expected nothing, got {urls}")
        elif wanted is not None and (not urls or urls[0] != wanted):
            failures.append(f"{who} {query!r}: expected {wanted}, got {urls[:3]}")
    assert len(RELEVANCE_SET) >= 25
    if failures:
        pytest.fail("\n".join(failures))
