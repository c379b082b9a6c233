import pytest

SERVICES = ["Accueil", "Blog", "Calendrier", "Documents", "Espaces d’échanges", "FAQ"]


@pytest.mark.django_db
def test_home_page_is_in_french_with_the_six_services(member_client, site_tree):
    response = member_client.get("/")
    html = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="fr"' in html
    for label in SERVICES:
        assert label.replace("’", "'") in html.replace("&#x27;", "'").replace("’", "'")
    assert 'href="/echanges/"' in html
    assert 'aria-current="page"' in html


@pytest.mark.django_db
def test_layout_has_skip_link_search_and_rules_link(member_client, site_tree):
    html = member_client.get("/").content.decode()

    assert 'href="#content"' in html
    assert 'action="/recherche/"' in html
    assert 'href="/regles/"' in html
    assert "Règles et bonnes pratiques" in html
    assert "Se déconnecter" in html


@pytest.mark.django_db
def test_current_service_is_marked_in_the_navigation(member_client, site_tree):
    html = member_client.get("/blog/").content.decode()

    assert 'href="/blog/" target="_self" aria-current="page"' in html
    assert 'href="/" target="_self" aria-current' not in html


@pytest.mark.django_db
def test_login_page_is_french(client):
    html = client.get("/connexion/").content.decode()

    assert '<html lang="fr"' in html
    assert "Connexion à OSMOSE" in html
    assert "Mot de passe oublié ?" in html


@pytest.mark.django_db
def test_missing_page_answers_french_404(member_client, site_tree):
    response = member_client.get("/nulle-part/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


@pytest.mark.django_db
def test_about_page_renders_the_community_presentation(member_client, site_tree):
    html = member_client.get("/osmose/").content.decode()

    assert "OSMOSE : qu&#x27;est-ce que c&#x27;est ?" in html
    assert "Favoriser l'intelligence collective" in html


def test_settings_are_french_and_paris(settings):
    assert settings.LANGUAGE_CODE == "fr"
    assert settings.TIME_ZONE == "Europe/Paris"
    assert settings.USE_TZ is True
