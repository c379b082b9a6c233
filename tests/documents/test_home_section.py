import pytest

from tests.documents import factories
from tests.documents.test_library_page import _bulk_documents


@pytest.mark.django_db
def test_home_shows_the_newest_documents(
    add_document, member_client, home_page, library
):
    for number in range(5):
        add_document(
            factories.pdf_bytes(), f"doc{number}.pdf", title=f"Document {number}"
        )

    html = member_client.get(home_page.url).content.decode()
    # The header's bell lists new documents too: look at the page itself.
    html = html[html.index("<main") : html.index("</main>")]

    assert "Nouveaux documents" in html
    for number in (4, 3, 2, 1):
        assert f"Document {number}" in html
    assert "Document 0" not in html
    assert "Toute la bibliothèque" in html


@pytest.mark.django_db
def test_home_hides_the_section_without_documents(member_client, site_tree, home_page):
    html = member_client.get(home_page.url).content.decode()

    assert "Nouveaux documents" not in html


@pytest.mark.django_db
def test_home_section_costs_a_constant_number_of_queries(
    member_client, site_tree, home_page, collection, django_assert_max_num_queries
):
    _bulk_documents(2, collection)
    member_client.get(home_page.url)
    with django_assert_max_num_queries(40) as few:
        member_client.get(home_page.url)
    _bulk_documents(100, collection, start=2)
    with django_assert_max_num_queries(40) as many:
        response = member_client.get(home_page.url)

    assert len(many.captured_queries) == len(few.captured_queries)
    assert response.status_code == 200
    assert "Document 0101" in response.content.decode()
