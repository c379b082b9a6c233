"""The home page shows the latest posts ("Derniers billets")."""

import pytest

from tests.helpers import main_content


@pytest.mark.django_db
def test_home_shows_the_four_latest_posts(member_client, make_post):
    for n in range(5):
        make_post(f"Billet du jour {n}", days_ago=n)

    # The header's notifications list new posts too: look at the page itself.
    content = main_content(member_client.get("/"))

    assert "Derniers billets" in content
    for n in range(4):
        assert f"Billet du jour {n}" in content
    assert "Billet du jour 4" not in content
    assert 'href="/blog/"' in content


@pytest.mark.django_db
def test_home_hides_the_section_without_posts(member_client, blog_index):
    assert "Derniers billets" not in member_client.get("/").content.decode()


@pytest.mark.django_db
def test_home_section_query_count_does_not_grow(
    member_client, make_post, make_image, django_assert_max_num_queries
):
    for n in range(2):
        make_post(f"Billet {n}", header_image=make_image(), tags=["Atelier"])
    member_client.get("/")
    with django_assert_max_num_queries(60) as baseline:
        member_client.get("/")
    baseline_count = len(baseline)
    for n in range(2, 8):
        make_post(f"Billet {n}", header_image=make_image(), tags=["Atelier"])
    member_client.get("/")

    with django_assert_max_num_queries(baseline_count):
        response = member_client.get("/")

    assert response.status_code == 200
    assert "Billet 7" in response.content.decode()
