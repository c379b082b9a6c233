"""Every paginated list cuts pages the same way."""

import pytest

from home.pagination import paginate


@pytest.mark.parametrize(
    ("asked", "given"),
    [(None, 1), ("", 1), ("abc", 1), ("-3", 1), ("0", 1), ("2", 2), ("999", 10)],
)
def test_missing_malformed_or_out_of_range_numbers_give_a_real_page(asked, given):
    page = paginate(list(range(100)), page_number=asked, per_page=10)

    assert page.number == given
    assert list(page) == list(range((given - 1) * 10, given * 10))


def test_the_page_list_is_shortened_around_the_current_page():
    page = paginate(list(range(200)), page_number="10", per_page=10)

    assert page.pages_list == [1, "…", 8, 9, 10, 11, 12, "…", 20]


def test_an_empty_list_has_one_empty_page():
    page = paginate([], page_number="4", per_page=10)

    assert page.number == 1
    assert list(page) == []
    assert not page.has_other_pages()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/blog/", "/documents/", "/calendrier/", "/notifications/", "/membres/"],
)
def test_service_lists_accept_any_page_number(member_client, site_tree, url):
    response = member_client.get(url, {"page": "9999<script>"})

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]
