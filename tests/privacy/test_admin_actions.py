"""Administrators deactivate and erase members from the back office; nobody else."""

from django.contrib.auth import get_user_model

from profiles.personal_data import FORMER_MEMBER_USERNAME

User = get_user_model()


def test_the_users_list_offers_both_actions(client, administrator, member):
    client.force_login(administrator)
    content = client.get("/admin/users/").content.decode()
    assert f"/admin/membres/{member.pk}/desactiver/" in content
    assert f"/admin/membres/{member.pk}/effacer/" in content


def test_an_administrator_deactivates_after_confirming(client, administrator, member):
    client.force_login(administrator)
    confirm = client.get(f"/admin/membres/{member.pk}/desactiver/")
    assert confirm.status_code == 200
    assert "Oui, désactiver" in confirm.content.decode()
    response = client.post(f"/admin/membres/{member.pk}/desactiver/")
    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.is_active


def test_an_administrator_erases_after_confirming(client, administrator, member):
    client.force_login(administrator)
    assert client.get(f"/admin/membres/{member.pk}/effacer/").status_code == 200
    response = client.post(f"/admin/membres/{member.pk}/effacer/")
    assert response.status_code == 302
    assert not User.objects.filter(pk=member.pk).exists()


def test_editors_and_members_may_not(client, editor, member):
    client.force_login(editor)
    refused = client.post(f"/admin/membres/{member.pk}/effacer/")
    # The back office answers a refusal by sending back to its dashboard.
    assert refused.status_code == 302
    assert refused["Location"] == "/admin/"
    assert User.objects.filter(pk=member.pk).exists()
    client.force_login(member)
    response = client.post(f"/admin/membres/{editor.pk}/desactiver/")
    assert response.status_code == 302
    assert User.objects.get(pk=editor.pk).is_active


def test_the_former_member_account_cannot_be_erased(client, administrator, member):
    from profiles.personal_data import former_member

    former = former_member()
    client.force_login(administrator)
    assert client.post(f"/admin/membres/{former.pk}/effacer/").status_code == 302
    assert User.objects.filter(username=FORMER_MEMBER_USERNAME).exists()
