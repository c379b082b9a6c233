import pytest


@pytest.mark.django_db
def test_site_search_finds_a_page_by_its_body(member_client, site_tree):
    response = member_client.get("/recherche/", {"q": "bienveillance"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "Règles et bonnes pratiques" in html
    assert "1 résultat pour « bienveillance »" in html


@pytest.mark.django_db
def test_search_is_accent_insensitive(member_client, site_tree):
    html = member_client.get("/recherche/", {"q": "echanges"}).content.decode()

    assert "Espaces d&#x27;échanges" in html


@pytest.mark.django_db
def test_empty_search_shows_the_form_only(member_client, site_tree):
    response = member_client.get("/recherche/", {"q": "  "})

    assert response.status_code == 200
    assert "résultat" not in response.content.decode()


@pytest.mark.django_db
def test_search_escapes_the_query(member_client, site_tree):
    html = member_client.get(
        "/recherche/", {"q": "<script>alert(1)</script>"}
    ).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
