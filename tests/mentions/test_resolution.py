import pytest

from mentions.directory import mentions_in, mentions_prefetch
from mentions.services import mentioned_members


def usernames(text):
    return [member.username for member in mentioned_members(text)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bonjour @jdupont", ["jdupont"]),
        ("Bonjour @[jdupont]", ["jdupont"]),
        ("Bonjour @Jean Dupont, ça va ?", ["jdupont"]),
        ("Bonjour @helene martin", ["hmartin"]),
        ("Bonjour @Hélène Martin et @Claire Rousseau", ["hmartin", "crousseau"]),
        ("Avis de @Anne de La Fontaine sur ce point", ["adlf"]),
        ("Avis de @[adlf]", ["adlf"]),
        ("@jdupont @Jean Dupont @[jdupont]", ["jdupont"]),
    ],
)
def test_mentions_resolve_to_one_member_each(people, text, expected):
    assert usernames(text) == expected


@pytest.mark.django_db
def test_a_name_shared_by_two_members_names_nobody(people):
    assert usernames("Merci @Marie Leroy") == []
    assert usernames("Merci @[mleroy2]") == ["mleroy2"]


@pytest.mark.django_db
def test_unknown_and_inactive_members_are_not_mentioned(people):
    assert usernames("@personne @Paul Parti @parti @[parti]") == []


@pytest.mark.django_db
def test_a_text_costs_one_query_and_none_once_cached(people, django_assert_num_queries):
    text = "@jdupont @Hélène Martin @inconnu"

    with django_assert_num_queries(1):
        first = mentions_in(text)
    with django_assert_num_queries(0):
        second = mentions_in(text)

    assert first == second
    assert [m.member.username for m in first] == ["jdupont", "hmartin"]


@pytest.mark.django_db
def test_prefetch_resolves_many_texts_in_one_query(people, django_assert_num_queries):
    texts = [f"Merci @[{name}]" for name in ("jdupont", "hmartin", "crousseau")]

    with django_assert_num_queries(1):
        mentions_prefetch(texts)
    with django_assert_num_queries(0):
        for text in texts:
            assert len(mentions_in(text)) == 1


@pytest.mark.django_db
def test_a_rename_shows_at_once_and_keeps_the_token_working(people):
    assert mentions_in("@[jdupont]")[0].member.name == "Jean Dupont"
    jean = people["jean"]
    jean.last_name = "Durand"
    jean.save()

    assert mentions_in("@[jdupont]")[0].member.name == "Jean Durand"
    assert usernames("@Jean Durand") == ["jdupont"]
    assert usernames("@Jean Dupont") == []
