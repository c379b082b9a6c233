import pytest

from faq.models import FaqCategory, FaqEntryPage
from tests.helpers import main_content

# Session, user, header (notifications, profile, unread messages), site and
# restrictions, the entries and categories, or the two search passes (18 and 19
# measured).
MAX_QUERIES = 19


def add_entries(faq_index, count: int) -> None:
    categories = [
        FaqCategory.objects.create(name=f"Catégorie {n}", slug=f"categorie-{n}")
        for n in range(4)
    ]
    for n in range(count):
        entry = FaqEntryPage(
            title=f"Question {n} sur les délais ?",
            slug=f"question-{n}",
            short_answer=f"Réponse {n}.",
            keywords="délais, instruction",
            category=categories[n % 4],
        )
        faq_index.add_child(instance=entry)


@pytest.mark.parametrize("count", [2, 300])
def test_index_costs_the_same_queries_with_few_or_many_entries(
    member_client, faq_index, django_assert_max_num_queries, count
):
    add_entries(faq_index, count)

    with django_assert_max_num_queries(MAX_QUERIES):
        response = member_client.get("/faq/")

    assert response.status_code == 200
    html = main_content(response)
    assert f"{count} questions" in html
    assert html.count("fr-accordion__btn") == count


@pytest.mark.parametrize("count", [2, 300])
def test_search_costs_the_same_queries_with_few_or_many_entries(
    member_client, faq_index, django_assert_max_num_queries, count
):
    add_entries(faq_index, count)

    with django_assert_max_num_queries(MAX_QUERIES):
        response = member_client.get("/faq/", {"q": "délais"})

    assert response.status_code == 200
    assert "<mark>délais</mark>" in main_content(response)
