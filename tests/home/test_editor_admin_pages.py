"""Editors do not open in the admin a page restricted to administrators.

Which admin sections each role reaches is written in docs/roles.md.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home import roles
from home.models import StandardPage


@pytest.fixture
def board_page(home_page):
    page = home_page.add_child(
        instance=StandardPage(title="Compte rendu du comité", slug="comite")
    )
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))
    return page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "suffix", ["edit/", "history/", "revisions/", "move/", "copy/", "delete/"]
)
def test_editor_gets_403_on_every_admin_view_of_the_page(
    client, editor, board_page, suffix
):
    client.force_login(editor)

    response = client.get(f"/admin/pages/{board_page.pk}/{suffix}")

    assert response.status_code == 403
    assert "Compte rendu du comité" not in response.content.decode()


@pytest.mark.django_db
def test_editor_explorer_and_chooser_leave_the_page_out(
    client, editor, board_page, home_page
):
    client.force_login(editor)

    explorer = client.get(f"/admin/pages/{home_page.pk}/")
    chooser = client.get(f"/admin/choose-page/{home_page.pk}/")

    assert explorer.status_code == 200
    assert chooser.status_code == 200
    assert "Compte rendu du comité" not in explorer.content.decode()
    assert "Compte rendu du comité" not in chooser.content.decode()


@pytest.mark.django_db
def test_administrator_edits_the_page(client, administrator, board_page):
    client.force_login(administrator)

    response = client.get(f"/admin/pages/{board_page.pk}/edit/")

    assert response.status_code == 200
    assert "Compte rendu du comité" in response.content.decode()
