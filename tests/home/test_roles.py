import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection

from home import roles


@pytest.mark.django_db
def test_the_three_roles_exist_after_migrations():
    names = set(Group.objects.values_list("name", flat=True))

    assert set(roles.ROLES) <= names
    assert not {"Moderators", "Editors"} & names


@pytest.mark.django_db
def test_member_cannot_reach_the_admin(member_client):
    response = member_client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/")


@pytest.mark.django_db
@pytest.mark.parametrize("role_fixture", ["editor", "administrator"])
def test_editors_and_administrators_reach_the_admin_in_french(
    client, request, role_fixture
):
    client.force_login(request.getfixturevalue(role_fixture))

    response = client.get("/admin/")

    assert response.status_code == 200
    assert 'lang="fr"' in response.content.decode()
    assert "Tableau de bord" in response.content.decode()


@pytest.mark.django_db
def test_editor_may_publish_pages_but_not_delete_the_tree(editor, home_page):
    permissions = home_page.permissions_for_user(editor)

    assert permissions.can_add_subpage()
    assert permissions.can_publish()
    assert not permissions.can_lock()
    assert not editor.has_perm("auth.change_user")


@pytest.mark.django_db
def test_administrator_manages_members_and_locks_pages(administrator, home_page):
    permissions = home_page.permissions_for_user(administrator)

    assert permissions.can_lock()
    assert administrator.has_perm("auth.add_user")
    assert administrator.has_perm("auth.change_user")


@pytest.mark.django_db
def test_member_has_no_back_office_permission(member, home_page):
    permissions = home_page.permissions_for_user(member)

    assert not permissions.can_add_subpage()
    assert not member.has_perm("wagtailadmin.access_admin")


@pytest.mark.django_db
def test_editor_may_upload_images_into_the_root_collection(editor, member):
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(get_image_model())
    root = Collection.get_first_root_node()

    assert root in policy.collections_user_has_permission_for(editor, "add")
    assert root not in policy.collections_user_has_permission_for(member, "add")


@pytest.mark.django_db
def test_default_moderation_task_belongs_to_administrators():
    from wagtail.models import GroupApprovalTask

    tasks = GroupApprovalTask.objects.all()

    assert tasks.exists()
    for task in tasks:
        assert task.groups.filter(name=roles.ADMINISTRATOR).exists()
