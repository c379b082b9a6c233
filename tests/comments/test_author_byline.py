"""A comment shows who wrote it: avatar and name linking to the profile."""

import pytest

from comments.services import comment_create
from profiles import services as profile_services
from tests.profiles.conftest import image_upload


@pytest.mark.django_db
def test_comment_shows_author_initials_and_profile_link(
    member_client, make_user, make_post
):
    post = make_post("Retour d'atelier")
    author = make_user(username="hmartin", first_name="Hélène", last_name="Martin")
    comment_create(author=author, target=post, text="Très utile", check_flood=False)

    html = member_client.get(post.url).content.decode()

    assert '<a href="/membres/hmartin/">Hélène Martin</a>' in html
    assert "osmose-avatar--small osmose-avatar--tone-" in html
    assert ">HM</span>" in html


@pytest.mark.django_db
def test_comment_shows_author_photo(member_client, make_user, make_post):
    post = make_post("Retour d'atelier")
    author = make_user(username="hmartin", first_name="Hélène", last_name="Martin")
    profile = profile_services.profile_photo_set(
        profile=profile_services.profile_get_or_create(user=author),
        upload=image_upload(),
    )
    comment_create(author=author, target=post, text="Très utile", check_flood=False)

    html = member_client.get(post.url).content.decode()

    assert f'src="{profile.photo_small.url}"' in html
