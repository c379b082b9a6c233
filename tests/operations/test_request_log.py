"""One structured log line per request, with an id also shown on error pages."""

import json
import logging

import pytest
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.urls import path

from operations.log_format import JsonFormatter, RequestIdFilter


@login_not_required
def broken_view(request):
    raise RuntimeError("boom")


def fine_view(request):
    return HttpResponse("ok")


urlpatterns = [path("casse/", broken_view), path("ok/", fine_view)]


@pytest.fixture
def test_urls(settings):
    settings.ROOT_URLCONF = __name__


def test_each_request_logs_one_line_with_status_duration_and_id(member_client, caplog):
    with caplog.at_level(logging.INFO, logger="osmose.request"):
        response = member_client.get("/profil/")
    records = [r for r in caplog.records if r.name == "osmose.request"]
    assert len(records) == 1
    record = records[0]
    assert record.status == 200
    assert record.path == "/profil/"
    assert record.duration_ms >= 0
    assert record.user_id is not None
    assert response["X-Request-ID"]
    RequestIdFilter().filter(record)
    line = json.loads(JsonFormatter().format(record))
    assert line["status"] == 200
    assert line["level"] == "INFO"


def test_a_request_id_from_the_proxy_is_kept_when_it_looks_like_one(member_client):
    kept = member_client.get("/profil/", HTTP_X_REQUEST_ID="abc123-proxy-id")
    assert kept["X-Request-ID"] == "abc123-proxy-id"
    replaced = member_client.get("/profil/", HTTP_X_REQUEST_ID="bad id\nforged")
    assert replaced["X-Request-ID"] != "bad id\nforged"


def test_the_500_page_shows_the_id_of_the_logged_error(test_urls, client, caplog):
    client.raise_request_exception = False
    with caplog.at_level(logging.INFO):
        response = client.get("/casse/")
    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    assert request_id in response.content.decode()
    assert "Référence de l’erreur" in response.content.decode()
    errors = [r for r in caplog.records if r.name == "django.request"]
    assert errors
    RequestIdFilter().filter(errors[0])
    assert errors[0].request_id == request_id
    assert "boom" in JsonFormatter().format(errors[0])
