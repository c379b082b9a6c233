import pytest

from profiles import services


@pytest.mark.django_db
def test_bubble_shows_initials_and_the_member_menu(member_client, member):
    content = member_client.get("/membres/").content.decode()

    assert 'id="header-profile"' in content
    assert ">HN<" in content  # Hélène Nom…
    for link, label in [
        ("/profil/", "Mon profil"),
        ("/notifications/", "Mes notifications"),
        ("/notifications/preferences/", "Mes préférences"),
    ]:
        assert f'href="{link}"' in content
        assert label in content


@pytest.mark.django_db
def test_logout_stays_a_post_form(member_client):
    content = member_client.get("/membres/").content.decode()

    form_start = content.index('action="/deconnexion/"')
    assert 'method="post"' in content[form_start - 40 : form_start]
    assert "Se déconnecter" in content


@pytest.mark.django_db
def test_bubble_shows_the_photo_once_uploaded(member_client, member, photo_upload):
    profile = services.profile_photo_set(profile=member.profile, upload=photo_upload())

    content = member_client.get("/membres/").content.decode()

    assert profile.photo_small.url in content
