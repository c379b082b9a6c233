"""The database stops while members browse: a French 503, /healthz says so,
and the site recovers by itself when the database is back."""

from django.contrib.auth.decorators import login_not_required
from django.db import OperationalError
from django.urls import path


@login_not_required
def database_lost(request):
    # What a view meets when the server went away mid-request.
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [path("perdu/", database_lost)]


def test_a_lost_database_answers_the_french_503_page(
    db, settings, client, django_assert_num_queries
):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    # The page itself needs no database.
    with django_assert_num_queries(0):
        response = client.get("/perdu/")
    content = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Service momentanément indisponible" in content
    assert 'class="fr-header"' in content
    assert response["X-Request-ID"] in content
    assert "Traceback" not in content


def test_a_machine_asking_for_json_gets_json(db, settings, client):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False

    response = client.get("/perdu/", HTTP_ACCEPT="application/json")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}
