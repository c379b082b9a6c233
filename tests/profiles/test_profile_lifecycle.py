import pytest

from profiles.models import Profile


@pytest.mark.django_db
def test_every_new_user_gets_a_profile_with_folded_name_keys(make_user):
    user = make_user(first_name="Hélène", last_name="Lefèvre", username="hlefevre")

    profile = Profile.objects.get(user=user)

    assert profile.full_name_key == "helene lefevre"
    assert "hlefevre" in profile.search_key


@pytest.mark.django_db
def test_renaming_a_user_elsewhere_refreshes_the_keys(make_user):
    user = make_user(first_name="Jean", last_name="Dupont")

    user.last_name = "Dupond-Éluard"
    user.save()

    assert Profile.objects.get(user=user).full_name_key == "jean dupond-eluard"


@pytest.mark.django_db
def test_a_login_timestamp_update_leaves_the_profile_alone(
    make_user, django_assert_num_queries
):
    user = make_user()

    with django_assert_num_queries(1):
        user.save(update_fields=["last_login"])
