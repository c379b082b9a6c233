"""Sign-in with ProConnect against a real OpenID Connect provider.

The provider (tests/membership/oidc_provider) answers its userinfo endpoint
with a signed JWT, as ProConnect does, so every sign-in here checks that path.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from home import roles
from membership.models import AccountRequest, Invitation, ProConnectIdentity
from membership.services import invitations_create
from notifications.models import Notification
from tests.membership.conftest import PEOPLE, replace_query

pytestmark = pytest.mark.django_db

User = get_user_model()


def test_login_page_offers_proconnect(client, proconnect):
    response = client.get("/connexion/")
    assert "S’identifier avec ProConnect" in response.content.decode()


def test_login_page_without_proconnect_has_no_button(client, settings):
    settings.PROCONNECT_DISCOVERY_URL = ""
    response = client.get("/connexion/")
    assert "ProConnect" not in response.content.decode()
    assert client.get("/connexion/proconnect/").status_code == 404


def test_authorize_request_carries_pkce_state_and_nonce(browser):
    url = browser("agent").start()
    for parameter in ("state", "nonce", "code_challenge"):
        assert f"{parameter}=" in url
    assert "code_challenge_method=S256" in url
    assert "scope=openid+email+given_name+usual_name+uid+siret" in url


def test_agent_of_allowed_domain_lands_on_home_as_member(browser, client, home_page):
    response = browser("agent").sign_in()
    assert response.status_code == 302
    assert response["Location"] == "/"
    home = client.get("/")
    assert home.status_code == 200
    user = User.objects.get(email=PEOPLE["agent"]["email"])
    assert home.wsgi_request.user == user
    assert user.is_active
    assert (user.first_name, user.last_name) == ("Claire", "Martin")
    assert user.profile.organisation == "SIRET 13000000000001"
    assert list(user.groups.values_list("name", flat=True)) == [roles.MEMBER]
    assert not user.has_usable_password()
    identity = ProConnectIdentity.objects.get(user=user)
    assert identity.siret == "13000000000001"


def test_next_page_is_kept_through_the_round_trip(browser, home_page):
    response = browser("agent").sign_in(next_url="/notifications/")
    assert response["Location"] == "/notifications/"


def test_second_sign_in_matches_by_sub(browser, client, home_page):
    browser("agent").sign_in()
    user = User.objects.get(email=PEOPLE["agent"]["email"])
    user.email = "claire.martin@nouvelle-adresse.fr"
    user.save()
    client.logout()
    response = browser("agent").sign_in()
    assert response["Location"] == "/"
    assert User.objects.count() == 1
    assert client.get("/").wsgi_request.user == user


def test_existing_account_is_linked_by_email(browser, client, make_user, home_page):
    existing = make_user(roles.EDITOR, email="Claire.Martin@ddt-test.gouv.fr")
    browser("agent").sign_in()
    assert client.get("/").wsgi_request.user == existing
    assert ProConnectIdentity.objects.get().user == existing
    assert User.objects.count() == 1


def test_stranger_gets_a_pending_account_and_admins_are_told(
    browser, client, administrator
):
    response = browser("stranger").sign_in()
    assert response["Location"] == "/connexion/demande-en-cours/"
    page = client.get(response["Location"])
    assert "Demande en cours" in page.content.decode()
    assert "jean.inconnu@exemple.org" in page.content.decode()
    user = User.objects.get(email=PEOPLE["stranger"]["email"])
    assert not user.is_active
    assert AccountRequest.objects.get(user=user).status == "pending"
    # Not signed in: every other page sends back to the sign-in page.
    assert client.get("/")["Location"].startswith("/connexion/")
    notice = Notification.objects.get(recipient=administrator)
    assert notice.event.verb == "account_request"
    assert notice.event.target_url == "/admin/adhesions/demandes/"
    admin_browser = Client()
    admin_browser.force_login(administrator)
    bell = admin_browser.get("/notifications/").content.decode()
    assert "Demande d’accès à examiner : « Jean Inconnu" in bell
    # Signing in again shows the same page, with no second request.
    response = browser("stranger").sign_in()
    assert response["Location"] == "/connexion/demande-en-cours/"
    assert AccountRequest.objects.count() == 1


def test_invited_email_is_linked_to_its_invitation(
    browser, client, administrator, home_page
):
    editors = Group.objects.get(name=roles.EDITOR)
    invitations_create(
        emails_text=PEOPLE["partner"]["email"], group=editors, invited_by=administrator
    )
    response = browser("partner").sign_in()
    assert response["Location"] == "/"
    user = User.objects.get(email=PEOPLE["partner"]["email"])
    assert user.is_active
    assert list(user.groups.values_list("name", flat=True)) == [roles.EDITOR]
    invitation = Invitation.objects.get()
    assert invitation.accepted_by == user
    assert invitation.accepted_at is not None
    assert not AccountRequest.objects.exists()


def test_pending_page_needs_a_pending_request(client):
    assert client.get("/connexion/demande-en-cours/")["Location"] == "/connexion/"


def test_wrong_state_is_refused(browser, client):
    person = browser("agent")
    callback = person.authorize(person.start())
    response = person.callback(replace_query(callback, state="forged-state"))
    assert response.status_code == 400
    assert "n’a pas pu être vérifiée" in response.content.decode()
    assert not User.objects.exists()
    assert "_auth_user_id" not in client.session


def test_wrong_nonce_is_refused(browser, client):
    person = browser("agent")
    authorize = replace_query(person.start(), nonce="a-nonce-osmose-never-sent")
    response = person.callback(person.authorize(authorize))
    assert response.status_code == 400
    assert "n’a pas pu être vérifiée" in response.content.decode()
    assert not User.objects.exists()


def test_replayed_callback_is_refused(browser, client, home_page):
    person = browser("agent")
    callback = person.authorize(person.start())
    assert person.callback(callback)["Location"] == "/"
    client.logout()
    response = person.callback(callback)
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_code_used_twice_is_refused_by_the_provider(browser, client, home_page):
    person = browser("agent")
    first = person.authorize(person.start())
    assert person.callback(first)["Location"] == "/"
    client.logout()
    # A new sign-in starts (fresh state in the session) but the old code is
    # slipped into its answer.
    second = person.authorize(person.start())
    state = replace_query(second).split("state=")[1].split("&")[0]
    response = person.callback(replace_query(first, state=state))
    assert response.status_code == 400
    assert "ProConnect a refusé" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("logout_url", ["/deconnexion/", "/admin/logout/"])
def test_logout_ends_the_provider_session(browser, client, home_page, logout_url):
    person = browser("agent")
    person.sign_in()
    assert person.provider_user() == "agent"
    response = client.post(logout_url)
    assert response.status_code == 302
    end_session = response["Location"]
    assert end_session.startswith(f"{person.provider.url}/o/logout/")
    assert "id_token_hint=" in end_session
    assert "_auth_user_id" not in client.session
    at_provider = person.at_provider.get(end_session, allow_redirects=False, timeout=5)
    assert at_provider.status_code == 302
    assert at_provider.headers["Location"].startswith("http://testserver/connexion/?")
    assert person.provider_user() == ""


def test_password_member_logout_stays_local(member_client):
    response = member_client.post("/deconnexion/")
    assert response["Location"] == "/connexion/"
