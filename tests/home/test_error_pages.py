"""Every error page is French, in the site's layout, with a way back, and asks
nothing of the database (so it renders when the database is down)."""

import pytest
from django.test import Client

from osmose_site import errors

LAYOUT_MARKS = ('class="fr-header"', 'id="footer"', 'href="/"')


def _assert_french_page(response, status, heading):
    html = response.content.decode()
    assert response.status_code == status
    assert '<html lang="fr"' in html
    assert heading in html
    assert "Retour à l’accueil" in html or "Retour à l'accueil" in html
    for mark in LAYOUT_MARKS:
        assert mark in html, mark


@pytest.mark.django_db
def test_400_on_a_request_the_site_cannot_read(member_client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 2

    response = member_client.get("/recherche/", {"q": "a", "b": "1", "c": "2"})

    _assert_french_page(response, 400, "Requête invalide")


@pytest.mark.django_db
def test_403_csrf_failure_is_french(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post("/profil/", {"first_name": "X"})

    _assert_french_page(response, 403, "Formulaire expiré")


@pytest.mark.django_db
def test_405_on_a_wrong_method_keeps_the_allow_header(member_client):
    response = member_client.post("/healthz")

    _assert_french_page(response, 405, "Action impossible ici")
    assert "GET" in response["Allow"]


@pytest.mark.django_db
def test_413_when_a_form_sends_too_much(member_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100

    response = member_client.post("/profil/", {"bio": "x" * 1000})

    _assert_french_page(response, 413, "Trop de données envoyées")


@pytest.mark.django_db
def test_404_is_french(member_client):
    _assert_french_page(member_client.get("/nulle-part/"), 404, "Page introuvable")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("render", "status"),
    [
        (lambda request: errors.bad_request(request), 400),
        (lambda request: errors.permission_denied(request), 403),
        (lambda request: errors.csrf_failure(request), 403),
        (lambda request: errors.page_not_found(request), 404),
        (lambda request: errors.server_error(request), 500),
        (lambda request: errors.error_response(request, 405), 405),
        (lambda request: errors.error_response(request, 413), 413),
    ],
)
def test_every_error_page_renders_without_a_query(
    rf, django_assert_num_queries, render, status
):
    request = rf.get("/quelque-part/", HTTP_REFERER="http://testserver/documents/")

    with django_assert_num_queries(0):
        response = render(request)

    html = response.content.decode()
    assert response.status_code == status
    assert '<html lang="fr"' in html
    assert 'href="http://testserver/documents/"' in html
