"""No Elasticsearch server runs here: check everything up to the wire."""

import pytest
from wagtail.search.backends import get_search_backend

ES_SETTINGS = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX": "osmose-test",
        "TIMEOUT": 1,
    }
}


@pytest.mark.django_db
def test_elasticsearch_backend_maps_standard_pages(settings, site_tree):
    from home.models import StandardPage

    settings.WAGTAILSEARCH_BACKENDS = ES_SETTINGS
    backend = get_search_backend()
    mapping = backend.mapping_class(StandardPage)
    page = StandardPage.objects.get(slug="regles")

    document = mapping.get_document(page)
    properties = mapping.get_mapping()["properties"]

    assert type(backend).__name__ == "Elasticsearch8SearchBackend"
    assert "home_standardpage__body" in properties
    assert "BIENVEILLANCE" in str(document["home_standardpage__body"])
    assert document["title"] == "Règles et bonnes pratiques"


@pytest.mark.django_db
def test_elasticsearch_query_is_built_without_a_server(settings, site_tree):
    from wagtail.models import Page

    settings.WAGTAILSEARCH_BACKENDS = ES_SETTINGS
    backend = get_search_backend()

    results = backend.search("réunion", Page.objects.live())
    query = results.query_compiler.get_query()

    assert "réunion" in str(query)
