"""Administrators choose the domains admitted at once and those bound to ProConnect."""

import pytest

from membership.models import MembershipSettings
from tests.membership.conftest import PEOPLE

pytestmark = pytest.mark.django_db


def test_administrator_edits_the_domains_in_the_admin(client, administrator):
    client.force_login(administrator)
    page = client.get("/admin/settings/membership/membershipsettings/", follow=True)
    assert page.status_code == 200
    assert "Domaines admis d’emblée" in page.content.decode()
    url = page.redirect_chain[-1][0]
    response = client.post(
        url,
        {
            "allowed_domains": "ddt.gouv.fr\n",
            "proconnect_domains": "@Equipement.gouv.fr",
        },
    )
    assert response.status_code == 302
    settings = MembershipSettings.load()
    assert MembershipSettings.domains(settings.proconnect_domains) == {
        "equipement.gouv.fr"
    }


def test_editor_cannot_edit_them(client, editor):
    client.force_login(editor)
    response = client.get("/admin/settings/membership/membershipsettings/", follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"


def test_domain_chosen_in_the_admin_refuses_passwords(client, make_user, settings):
    settings.MEMBERSHIP_PROCONNECT_DOMAINS = []
    MembershipSettings.objects.create(proconnect_domains="equipement.gouv.fr")
    agent = make_user(email="agent@equipement.gouv.fr")
    response = client.post(
        "/connexion/",
        {"username": agent.username, "password": "motdepasse-solide-42"},
    )
    assert "se connectent avec ProConnect" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_domain_chosen_in_the_admin_is_admitted_at_once(
    browser, client, settings, home_page
):
    settings.MEMBERSHIP_ALLOWED_DOMAINS = []
    MembershipSettings.objects.create(allowed_domains="exemple.org")
    assert browser("stranger").sign_in()["Location"] == "/"
    assert client.get("/").wsgi_request.user.email == PEOPLE["stranger"]["email"]
