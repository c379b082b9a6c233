import pytest

from home import roles
from profiles import services


@pytest.fixture
def colleagues(make_user):
    helene = make_user(
        roles.MEMBER, username="hlefevre", first_name="Hélène", last_name="Lefèvre"
    )
    services.profile_update(
        user=helene,
        first_name="Hélène",
        last_name="Lefèvre",
        organisation="DDT de la Drôme",
        job_title="Cheffe de service",
    )
    jean = make_user(
        roles.MEMBER, username="jdupont", first_name="Jean", last_name="Dupont"
    )
    services.profile_update(
        user=jean,
        first_name="Jean",
        last_name="Dupont",
        organisation="Commune de Valence",
    )
    gone = make_user(
        roles.MEMBER, username="parti", first_name="Paul", last_name="Parti"
    )
    gone.is_active = False
    gone.save()
    return {"helene": helene, "jean": jean, "gone": gone}


@pytest.mark.django_db
def test_directory_lists_active_members_by_name(member_client, colleagues):
    content = member_client.get("/membres/").content.decode()

    assert "Hélène Lefèvre" in content
    assert "Jean Dupont" in content
    assert "Paul Parti" not in content
    assert content.index("Jean Dupont") < content.index("Hélène Lefèvre")


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["helene", "LEFEVRE", "drome", "chef serv", "hlef"])
def test_directory_search_ignores_accents_and_case(member_client, colleagues, query):
    content = member_client.get("/membres/", {"q": query}).content.decode()

    assert "Hélène Lefèvre" in content
    assert "Jean Dupont" not in content


@pytest.mark.django_db
def test_directory_search_shows_the_count_in_french(member_client, colleagues):
    content = member_client.get("/membres/", {"q": "valence"}).content.decode()

    assert "1 membre correspond à « valence »" in content


@pytest.mark.django_db
def test_directory_is_paginated_in_constant_queries(
    member_client, make_user, django_assert_max_num_queries
):
    for n in range(3):
        make_user(username=f"a{n}")
    with django_assert_max_num_queries(12) as few:
        member_client.get("/membres/")
    for n in range(30):
        make_user(username=f"b{n}")

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = member_client.get("/membres/")

    assert response.status_code == 200
    assert 'class="fr-pagination"' in response.content.decode()
    second = member_client.get("/membres/", {"page": 2}).content.decode()
    assert second.count('class="fr-card ') == 1 + 3 + 30 - 24
