"""What happens to ProConnect members after their first sign-in: approval,
refusal, deactivation and their calendar feed."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from membership.models import AccountRequest
from membership.services import account_request_approve, account_request_refuse
from tests.membership.conftest import PEOPLE

pytestmark = pytest.mark.django_db

User = get_user_model()


def test_approved_request_lets_the_person_in(browser, client, administrator, home_page):
    browser("stranger").sign_in()
    request = AccountRequest.objects.get()
    account_request_approve(account_request=request, by=administrator)
    response = browser("stranger").sign_in()
    assert response["Location"] == "/"
    home = client.get("/")
    assert home.status_code == 200
    assert home.wsgi_request.user.email == PEOPLE["stranger"]["email"]


def test_refused_request_keeps_the_door_shut(browser, client, administrator):
    browser("stranger").sign_in()
    account_request_refuse(
        account_request=AccountRequest.objects.get(), by=administrator
    )
    response = browser("stranger").sign_in()
    assert response.status_code == 403
    assert "Accès refusé" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_deactivated_member_is_signed_out_at_once(browser, client, home_page):
    browser("agent").sign_in()
    assert client.get("/").status_code == 200
    User.objects.filter(email=PEOPLE["agent"]["email"]).update(is_active=False)
    assert client.get("/")["Location"].startswith("/connexion/")
    response = browser("agent").sign_in()
    assert response.status_code == 403
    assert "Compte désactivé" in response.content.decode()


def test_calendar_feed_works_for_proconnect_members(
    browser, client, feed_url, make_event
):
    make_event(title="Webinaire ProConnect")
    browser("agent").sign_in()
    user = User.objects.get(email=PEOPLE["agent"]["email"])
    response = Client().get(feed_url(user))
    assert response.status_code == 200
    assert b"Webinaire ProConnect" in response.content
