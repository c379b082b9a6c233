"""Elasticsearch 8 by configuration: no server runs here, so everything is
checked up to the wire (settings, mappings, query bodies)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from wagtail.search.backends import get_search_backend

from discussions.models import Message as ThreadMessage
from messaging.models import Message as PrivateMessage
from profiles.models import Profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def elasticsearch(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:9"],
            "INDEX": "osmose-test",
            "TIMEOUT": 1,
            "INDEX_SETTINGS": django_settings.ELASTICSEARCH_FRENCH_ANALYSIS,
        }
    }
    return get_search_backend()


def test_settings_select_elasticsearch_from_the_environment():
    # Settings are read once per process: read them in a fresh one.
    script = (
        "import json, os;"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'osmose_site.settings.test';"
        "from django.conf import settings;"
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default']))"
    )
    environment = {**os.environ, "ELASTICSEARCH_URL": "http://es.example:9200"}
    output = subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout
    backend = json.loads(output)

    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["http://es.example:9200"]
    assert backend["INDEX_SETTINGS"] == django_settings.ELASTICSEARCH_FRENCH_ANALYSIS


def test_the_index_analyses_text_in_french(elasticsearch):
    analysis = elasticsearch.settings["settings"]["analysis"]

    assert analysis["analyzer"]["default"]["filter"] == [
        "french_elision",
        "lowercase",
        "asciifolding",
        "french_stemmer",
    ]
    # Wagtail's own autocomplete analysers are kept.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_plain_models_are_mapped(elasticsearch):
    for model, field in (
        (Profile, "search_name"),
        (PrivateMessage, "search_text"),
        (ThreadMessage, "search_text"),
    ):
        properties = elasticsearch.mapping_class(model).get_mapping()["properties"]
        assert any(name.endswith(field) for name in properties), (model, properties)


def test_a_private_message_query_carries_the_member_filter(elasticsearch, make_user):
    from messaging.selectors import message_search_for_user

    member = make_user()
    results = message_search_for_user(user=member, query="récépissé")
    body = str(results.query_compiler.get_query())

    assert "récépissé" in body
    assert "hidden_at" in body
    assert "conversation_id" in body
