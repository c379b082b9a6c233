import pytest

SERVICE_URLS = [
    "/",
    "/blog/",
    "/calendrier/",
    "/documents/",
    "/echanges/",
    "/faq/",
    "/recherche/?q=osmose",
    "/osmose/",
    "/regles/",
    "/admin/",
    "/admin/pages/",
    "/fichiers/1/rapport.pdf",
    "/media/original_images/photo.jpg",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", SERVICE_URLS)
def test_anonymous_visitor_is_sent_to_login_with_next(client, site_tree, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/?next=")
    assert b"" == response.content or b"<html" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/", "/blog/", "/calendrier/", "/documents/", "/echanges/", "/faq/"]
)
def test_member_reaches_every_service(member_client, site_tree, url):
    response = member_client.get(url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_media_file_bytes_only_reach_members(client, member, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "secret.txt").write_bytes(b"members only")

    anonymous = client.get("/media/secret.txt")
    client.force_login(member)
    logged_in = client.get("/media/secret.txt")

    assert anonymous.status_code == 302
    assert b"members only" not in anonymous.content
    assert logged_in.status_code == 200
    assert b"".join(logged_in.streaming_content) == b"members only"


@pytest.mark.django_db
def test_media_path_cannot_escape_media_root(member_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media").mkdir()
    (tmp_path / "outside.txt").write_bytes(b"private")

    response = member_client.get("/media/../outside.txt")

    assert response.status_code == 404


@pytest.mark.django_db
def test_media_is_handed_to_the_proxy_when_configured(member_client, settings):
    settings.MEDIA_ACCEL_REDIRECT_PREFIX = "/protected-media/"

    response = member_client.get("/media/original_images/photo.jpg")

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/original_images/photo.jpg"
    assert response["Content-Type"] == "image/jpeg"


@pytest.mark.django_db
def test_healthz_answers_json_without_login(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/connexion/", "/mot-de-passe/oubli/", "/mot-de-passe/oubli/envoye/"]
)
def test_login_and_password_reset_pages_are_public(client, url):
    response = client.get(url)

    assert response.status_code == 200
