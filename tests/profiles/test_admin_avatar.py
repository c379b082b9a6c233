"""The back office shows the member's photo or initials, never Gravatar."""

import pytest

from profiles import services
from tests.profiles.conftest import image_upload


@pytest.mark.django_db
def test_admin_avatar_is_the_initials_without_a_photo(client, make_user):
    from home import roles

    editor = make_user(roles.EDITOR, first_name="Hélène", last_name="Martin")
    client.force_login(editor)

    html = client.get("/admin/").content.decode()

    assert "gravatar" not in html
    assert "data:image/svg+xml," in html
    assert "%3EHM%3C/text%3E" in html


@pytest.mark.django_db
def test_admin_avatar_is_the_profile_photo(client, editor):
    profile = services.profile_photo_set(
        profile=services.profile_get_or_create(user=editor), upload=image_upload()
    )
    client.force_login(editor)

    html = client.get("/admin/").content.decode()

    assert "gravatar" not in html
    assert profile.photo_small.url in html
