import pytest

from profiles import services

PROMPT = "Complétez votre profil"


@pytest.mark.django_db
def test_home_invites_a_member_with_an_incomplete_profile(member_client, site_tree):
    content = member_client.get("/").content.decode()

    assert PROMPT in content
    assert 'href="/profil/"' in content


@pytest.mark.django_db
def test_the_invitation_can_be_dismissed_without_javascript(
    member_client, member, site_tree
):
    response = member_client.post("/profil/rappel/masquer/", {"next": "/"})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert PROMPT not in member_client.get("/").content.decode()


@pytest.mark.django_db
def test_dismissing_refuses_a_foreign_next_url(member_client, site_tree):
    response = member_client.post(
        "/profil/rappel/masquer/", {"next": "https://example.org/"}
    )

    assert response["Location"] == "/"


@pytest.mark.django_db
def test_a_complete_profile_is_not_nagged(
    member_client, member, site_tree, tmp_path, settings
):
    from tests.profiles.conftest import image_upload

    settings.MEDIA_ROOT = tmp_path
    profile = services.profile_update(
        user=member,
        first_name="Hélène",
        last_name="Martin",
        organisation="DDT",
        job_title="Instructrice",
    )
    services.profile_photo_set(profile=profile, upload=image_upload())

    assert PROMPT not in member_client.get("/").content.decode()
