"""Invitations by e-mail: bulk paste, single-use links, expiry, resend, revoke."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from home import roles
from membership.models import Invitation
from membership.services import (
    invitation_resend,
    invitation_revoke,
    invitations_create,
)

pytestmark = pytest.mark.django_db

User = get_user_model()
LINK = re.compile(r"https?://[^/\s]+(/invitation/[\w-]+/)")


@pytest.fixture
def invite(administrator, django_capture_on_commit_callbacks):
    def send(text, role=roles.MEMBER):
        with django_capture_on_commit_callbacks(execute=True):
            return invitations_create(
                emails_text=text,
                group=Group.objects.get(name=role),
                invited_by=administrator,
            )

    return send


def link_in(message) -> str:
    return LINK.search(message.body).group(1)


def accept(client, path, **fields):
    data = {
        "username": "paul.partenaire",
        "first_name": "Paul",
        "last_name": "Partenaire",
        "organisation": "Bureau d’études Urba",
        "password1": "un-mot-de-passe-solide",
        "password2": "un-mot-de-passe-solide",
        **fields,
    }
    return client.post(path, data)


def test_bulk_paste_keeps_valid_lines_and_reports_the_others(invite, make_user):
    make_user(email="deja.membre@exemple.fr")
    invite("ancienne.invitation@exemple.fr")
    mail.outbox.clear()
    result = invite(
        "\n".join(
            [
                "anne@exemple.fr",
                "pas-une-adresse",
                "",
                "  Bruno@Exemple.fr  ",
                "anne@exemple.fr",
                "deja.membre@exemple.fr",
                "ancienne.invitation@exemple.fr",
            ]
        )
    )
    assert [invitation.email for invitation in result.invited] == [
        "anne@exemple.fr",
        "bruno@exemple.fr",
    ]
    assert [(number, reason) for number, _line, reason in result.refused] == [
        (2, "adresse électronique non valide"),
        (5, "déjà présente dans cette liste"),
        (6, "a déjà un compte"),
        (7, "déjà invitée : renvoyez plutôt l’invitation"),
    ]
    assert sorted(message.to[0] for message in mail.outbox) == [
        "anne@exemple.fr",
        "bruno@exemple.fr",
    ]


def test_invitation_mail_is_french_with_a_link_valid_n_days(invite, settings):
    settings.MEMBERSHIP_INVITATION_DAYS = 5
    settings.BASE_URL = "https://osmose.example.gouv.fr"
    invite("anne@exemple.fr")
    (message,) = mail.outbox
    assert message.subject == "Votre invitation à OSMOSE"
    assert "https://osmose.example.gouv.fr/invitation/" in message.body
    assert "pendant 5 jours" in message.body
    invitation = Invitation.objects.get()
    assert invitation.expires_at - invitation.sent_at == timedelta(days=5)
    # Only a hash of the link's token is stored.
    assert link_in(message).split("/")[2] not in invitation.token_hash


def test_accepting_creates_the_member_in_the_chosen_role(client, invite, home_page):
    invite("paul@bureau-etudes.fr", role=roles.EDITOR)
    path = link_in(mail.outbox[0])
    page = client.get(path)
    assert page.status_code == 200
    assert "Rejoindre OSMOSE" in page.content.decode()
    assert 'value="paul"' in page.content.decode()
    response = accept(client, path)
    assert response.status_code == 302
    assert response["Location"] == "/"
    user = User.objects.get(email="paul@bureau-etudes.fr")
    assert client.get("/").wsgi_request.user == user
    assert list(user.groups.values_list("name", flat=True)) == [roles.EDITOR]
    assert user.check_password("un-mot-de-passe-solide")
    assert user.profile.organisation == "Bureau d’études Urba"
    invitation = Invitation.objects.get()
    assert invitation.accepted_by == user


def test_link_works_once(client, invite, home_page):
    invite("paul@bureau-etudes.fr")
    path = link_in(mail.outbox[0])
    accept(client, path)
    client.logout()
    response = client.get(path)
    assert response.status_code == 410
    assert "Cette invitation a déjà été utilisée" in response.content.decode()
    response = accept(client, path, username="autre")
    assert response.status_code == 410
    assert User.objects.count() == 2  # the administrator and Paul


def test_expired_link_gets_a_clear_page(client, invite):
    invite("paul@bureau-etudes.fr")
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(link_in(mail.outbox[0]))
    assert response.status_code == 410
    assert "Cette invitation a expiré" in response.content.decode()


def test_forged_link_gets_a_clear_page(client, invite):
    invite("paul@bureau-etudes.fr")
    response = client.get("/invitation/un-jeton-invente-de-toutes-pieces/")
    assert response.status_code == 404
    assert "Ce lien d’invitation n’est pas valide" in response.content.decode()


def test_revoked_link_stops_working(client, invite):
    invite("paul@bureau-etudes.fr")
    invitation_revoke(invitation=Invitation.objects.get())
    response = client.get(link_in(mail.outbox[0]))
    assert response.status_code == 410
    assert "Cette invitation a été annulée" in response.content.decode()


def test_resend_mails_a_new_link_and_the_old_one_stops(
    client, invite, django_capture_on_commit_callbacks
):
    invite("paul@bureau-etudes.fr")
    old_path = link_in(mail.outbox[0])
    Invitation.objects.update(expires_at=timezone.now() - timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        invitation_resend(invitation=Invitation.objects.get())
    assert len(mail.outbox) == 2
    new_path = link_in(mail.outbox[1])
    assert new_path != old_path
    assert client.get(old_path).status_code == 404
    assert client.get(new_path).status_code == 200
    assert Invitation.objects.get().expires_at > timezone.now() + timedelta(days=13)


def test_weak_or_mismatched_passwords_are_refused(client, invite):
    invite("paul@bureau-etudes.fr")
    path = link_in(mail.outbox[0])
    response = accept(client, path, password2="autre-chose-encore")
    assert response.status_code == 200
    assert "Les deux mots de passe sont différents." in response.content.decode()
    response = accept(client, path, password1="12345", password2="12345")
    assert response.status_code == 200
    assert not User.objects.filter(email="paul@bureau-etudes.fr").exists()


def test_proconnect_domain_invitation_opens_through_proconnect(
    browser, client, invite, settings, home_page
):
    settings.MEMBERSHIP_PROCONNECT_DOMAINS = ["bureau-etudes.fr"]
    invite("paul.partenaire@bureau-etudes.fr", role=roles.EDITOR)
    page = client.get(link_in(mail.outbox[0])).content.decode()
    assert "S’identifier avec ProConnect" in page
    assert 'name="password1"' not in page
    assert "se connecte avec ProConnect" in mail.outbox[0].body
    assert browser("partner").sign_in()["Location"] == "/"
    user = User.objects.get(email="paul.partenaire@bureau-etudes.fr")
    assert list(user.groups.values_list("name", flat=True)) == [roles.EDITOR]
