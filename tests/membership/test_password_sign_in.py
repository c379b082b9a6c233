"""Password sign-in stays for invited partners, never for ProConnect domains."""

import pytest

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    return client.post(
        "/connexion/",
        {"username": user.username, "password": "motdepasse-solide-42"},
    )


def test_partner_signs_in_with_a_password(client, make_user, settings):
    settings.MEMBERSHIP_PROCONNECT_DOMAINS = ["ddt-test.gouv.fr"]
    partner = make_user(email="paul@bureau-etudes.fr")
    response = sign_in(client, partner)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(partner.pk)


def test_proconnect_domain_cannot_use_a_password(client, make_user, settings):
    settings.MEMBERSHIP_PROCONNECT_DOMAINS = ["ddt-test.gouv.fr"]
    agent = make_user(email="claire.martin@DDT-test.gouv.fr")
    response = sign_in(client, agent)
    assert response.status_code == 200
    assert "se connectent avec ProConnect" in response.content.decode()
    assert "_auth_user_id" not in client.session
