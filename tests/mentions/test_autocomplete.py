import pytest


def names(response):
    return [result["name"] for result in response.json()["results"]]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["helene", "HÉL", "mart", "hmar", "helene mar"])
def test_autocomplete_ignores_accents_and_case(member_client, people, query):
    response = member_client.get("/membres/mentions.json", {"q": query})

    assert response.status_code == 200
    assert names(response) == ["Hélène Martin"]


@pytest.mark.django_db
def test_each_result_carries_its_stable_token(member_client, people):
    result = member_client.get("/membres/mentions.json", {"q": "dupont"}).json()

    assert result["results"][0]["token"] == "@[jdupont]"
    assert result["results"][0]["initials"] == "JD"
    assert result["status"] == "1 membre trouvé"


@pytest.mark.django_db
def test_namesakes_are_both_offered_with_their_usernames(member_client, people):
    results = member_client.get("/membres/mentions.json", {"q": "marie"}).json()

    assert {r["token"] for r in results["results"]} == {"@[mleroy]", "@[mleroy2]"}


@pytest.mark.django_db
def test_inactive_members_and_oneself_are_not_offered(member_client, member, people):
    assert names(member_client.get("/membres/mentions.json", {"q": "parti"})) == []
    assert names(member_client.get("/membres/mentions.json", {"q": "membre"})) == []


@pytest.mark.django_db
def test_autocomplete_is_bounded(
    member_client, make_user, django_assert_max_num_queries
):
    for n in range(20):
        make_user(username=f"agent{n}", first_name="Agent", last_name=f"N{n}")

    with django_assert_max_num_queries(4):
        response = member_client.get("/membres/mentions.json", {"q": "agent"})

    assert len(names(response)) == 8


@pytest.mark.django_db
def test_empty_query_returns_nothing(member_client, people):
    assert names(member_client.get("/membres/mentions.json", {"q": " "})) == []


@pytest.mark.django_db
def test_autocomplete_is_members_only(client, people):
    response = client.get("/membres/mentions.json", {"q": "jean"})

    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/")
