import pytest
from django.core import mail


@pytest.mark.django_db
def test_member_logs_in_and_lands_on_next(client, member, site_tree):
    response = client.post(
        "/connexion/",
        {"username": "membre", "password": "motdepasse-solide-42", "next": "/blog/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/blog/"
    assert client.get("/blog/").status_code == 200


@pytest.mark.django_db
def test_wrong_password_shows_french_error(client, member):
    response = client.post(
        "/connexion/", {"username": "membre", "password": "mauvais-mot-de-passe"}
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "Saisissez un nom d’utilisateur et un mot de passe valides" in content


@pytest.mark.django_db
def test_logout_ends_the_session(member_client, site_tree):
    response = member_client.post("/deconnexion/")

    assert response.status_code == 302
    assert member_client.get("/")["Location"].startswith("/connexion/")


@pytest.mark.django_db
def test_repeated_failures_lock_the_account_with_a_french_message(client, member):
    for _ in range(5):
        client.post("/connexion/", {"username": "membre", "password": "faux"})

    locked = client.post(
        "/connexion/", {"username": "membre", "password": "motdepasse-solide-42"}
    )

    assert locked.status_code == 429
    assert "Trop de tentatives de connexion échouées" in locked.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_lockout_does_not_reach_another_address(client, member):
    for _ in range(5):
        client.post(
            "/connexion/",
            {"username": "membre", "password": "faux"},
            REMOTE_ADDR="10.0.0.1",
        )

    other = client.post(
        "/connexion/",
        {"username": "membre", "password": "motdepasse-solide-42"},
        REMOTE_ADDR="10.0.0.2",
    )

    assert other.status_code == 302


@pytest.mark.django_db
def test_password_reset_sends_a_french_email(client, member):
    response = client.post("/mot-de-passe/oubli/", {"email": member.email})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "Réinitialisation du mot de passe" in mail.outbox[0].subject
    assert "/mot-de-passe/nouveau/" in mail.outbox[0].body
