"""Administrators invite, resend, revoke, approve and refuse in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from home import roles
from membership.models import AccountRequest, Invitation
from membership.services import invitations_create

pytestmark = pytest.mark.django_db

User = get_user_model()


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


def pending_account(n: int):
    user = User.objects.create_user(
        username=f"demandeur{n}",
        email=f"demandeur{n}@exemple.org",
        first_name="Jean",
        last_name=f"Demandeur{n}",
        is_active=False,
    )
    return AccountRequest.objects.create(user=user)


def test_only_administrators_reach_the_membership_pages(client, editor, member):
    client.force_login(editor)
    # Wagtail answers a refusal in its admin with a redirect to the dashboard.
    for path in ("/admin/adhesions/invitations/", "/admin/adhesions/demandes/"):
        assert client.get(path)["Location"] == "/admin/"
        assert client.post(f"{path}1/annuler/").status_code in (302, 404)
    assert not Invitation.objects.exists()
    assert "/admin/adhesions/" not in client.get("/admin/").content.decode()
    client.force_login(member)
    response = client.get("/admin/adhesions/invitations/")
    assert response["Location"].startswith("/connexion/")


def test_menu_offers_membership_to_administrators(admin_client):
    # Wagtail draws its menu from JSON in the page.
    page = admin_client.get("/admin/").content.decode()
    assert "Adh\\u00e9sions" in page or "Adhésions" in page
    assert "/admin/adhesions/demandes/" in page


def test_bulk_form_invites_valid_lines_and_lists_the_refused_ones(
    admin_client, django_capture_on_commit_callbacks
):
    editors = Group.objects.get(name=roles.EDITOR)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/adhesions/invitations/nouvelles/",
            {
                "emails": "anne@exemple.fr\npas-une-adresse\nbruno@exemple.fr",
                "group": editors.pk,
            },
        )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ligne 2 : « pas-une-adresse » : adresse électronique non valide" in page
    assert "2 invitations envoyées" in page
    # The refused line stays in the form to be corrected.
    assert "\npas-une-adresse</textarea>" in page
    assert sorted(Invitation.objects.values_list("email", "group__name")) == [
        ("anne@exemple.fr", roles.EDITOR),
        ("bruno@exemple.fr", roles.EDITOR),
    ]
    assert len(mail.outbox) == 2


def test_clean_paste_goes_back_to_the_list(admin_client):
    members = Group.objects.get(name=roles.MEMBER)
    response = admin_client.post(
        "/admin/adhesions/invitations/nouvelles/",
        {"emails": "anne@exemple.fr", "group": members.pk},
        follow=True,
    )
    page = response.content.decode()
    assert "1 invitation(s) envoyée(s)." in page
    assert "anne@exemple.fr" in page


def test_resend_and_revoke_from_the_list(
    admin_client, administrator, django_capture_on_commit_callbacks
):
    members = Group.objects.get(name=roles.MEMBER)
    invitations_create(
        emails_text="anne@exemple.fr", group=members, invited_by=administrator
    )
    invitation = Invitation.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/adhesions/invitations/{invitation.pk}/renvoyer/", follow=True
        )
    assert "Invitation renvoyée à anne@exemple.fr." in response.content.decode()
    assert [message.to for message in mail.outbox] == [["anne@exemple.fr"]]
    response = admin_client.post(
        f"/admin/adhesions/invitations/{invitation.pk}/annuler/", follow=True
    )
    assert "Aucune invitation en attente." in response.content.decode()
    assert Invitation.objects.get().revoked_at is not None


def test_invitation_list_costs_the_same_queries_for_many(
    admin_client, administrator, django_assert_max_num_queries
):
    members = Group.objects.get(name=roles.MEMBER)

    def invite(count, start):
        invitations_create(
            emails_text="\n".join(
                f"invite{n}@exemple.fr" for n in range(start, start + count)
            ),
            group=members,
            invited_by=administrator,
        )

    invite(2, 0)
    with django_assert_max_num_queries(25) as few:
        admin_client.get("/admin/adhesions/invitations/")
    invite(30, 100)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = admin_client.get("/admin/adhesions/invitations/").content.decode()
    assert "invite129@exemple.fr" in page


def test_request_list_costs_the_same_queries_for_many(
    admin_client, django_assert_max_num_queries
):
    pending_account(0)
    with django_assert_max_num_queries(25) as few:
        admin_client.get("/admin/adhesions/demandes/")
    for n in range(1, 20):
        pending_account(n)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = admin_client.get("/admin/adhesions/demandes/").content.decode()
    assert "demandeur19@exemple.org" in page


def test_approving_opens_the_account_and_mails_the_person(
    admin_client, administrator, django_capture_on_commit_callbacks
):
    request = pending_account(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/adhesions/demandes/{request.pk}/accepter/", follow=True
        )
    assert "demandeur1@exemple.org peut désormais se connecter." in (
        response.content.decode()
    )
    request.refresh_from_db()
    assert request.status == AccountRequest.Status.APPROVED
    assert request.decided_by == administrator
    assert request.decided_at <= timezone.now()
    user = request.user
    user.refresh_from_db()
    assert user.is_active
    assert list(user.groups.values_list("name", flat=True)) == [roles.MEMBER]
    (message,) = mail.outbox
    assert message.to == ["demandeur1@exemple.org"]
    assert message.subject == "Votre accès à OSMOSE est ouvert"
    assert "/connexion/" in message.body


def test_refusing_keeps_the_account_closed_and_mails_the_person(
    admin_client, django_capture_on_commit_callbacks
):
    request = pending_account(1)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/adhesions/demandes/{request.pk}/refuser/")
    request.refresh_from_db()
    assert request.status == AccountRequest.Status.REFUSED
    assert not User.objects.get(pk=request.user_id).is_active
    (message,) = mail.outbox
    assert message.subject == "Votre demande d’accès à OSMOSE"
    assert "n’a pas accepté votre demande" in message.body
