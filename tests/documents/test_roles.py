import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.permissions import policy_registry

from documents.models import LibraryDocument
from home import roles


def _codenames(role):
    return set(
        GroupCollectionPermission.objects.filter(
            group=Group.objects.get(name=role),
            collection=Collection.get_first_root_node(),
            permission__content_type__app_label="documents",
        ).values_list("permission__codename", flat=True)
    )


@pytest.mark.django_db
def test_editor_and_administrator_hold_the_library_permissions():
    assert _codenames(roles.EDITOR) == {
        "add_librarydocument",
        "change_librarydocument",
        "choose_document",
    }
    assert _codenames(roles.ADMINISTRATOR) == {
        "add_librarydocument",
        "change_librarydocument",
        "choose_document",
        "delete_librarydocument",
    }
    assert _codenames(roles.MEMBER) == set()


@pytest.mark.django_db
def test_admin_permission_policy_lets_editors_add_but_not_members(editor, member):
    policy = policy_registry.get_by_type(LibraryDocument)

    assert policy.user_has_permission(editor, "add")
    assert policy.user_has_permission(editor, "choose")
    assert not policy.user_has_permission(member, "add")
    assert not policy.user_has_permission(member, "choose")


@pytest.mark.django_db
def test_the_six_collections_exist():
    names = list(
        Collection.objects.filter(depth=2)
        .order_by("path")
        .values_list("name", flat=True)
    )

    assert names[:6] == [
        "Plaquettes de communication",
        "Supports de webinaires",
        "Documents utiles",
        "Recette",
        "Conduite du changement",
        "Conception des outils",
    ]
    assert Collection.get_first_root_node().numchild == len(names)
