"""The blog index: newest first, cards, pagination, tag filter, visibility."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from comments.services import comment_create
from home import roles
from tests.helpers import main_content


@pytest.mark.django_db
def test_member_sees_cards_newest_first(
    member_client, member, make_post, make_image, make_user
):
    author = make_user(first_name="Karim", last_name="Benali")
    older = make_post("Ancien billet", days_ago=10, author=author)
    newer = make_post(
        "Nouveau billet",
        days_ago=1,
        introduction="Ce qui change cette semaine.",
        header_image=make_image(),
    )
    comment_create(author=member, target=older, text="Merci", check_flood=False)

    content = member_client.get("/blog/").content.decode()

    assert content.index("Nouveau billet") < content.index("Ancien billet")
    assert "Ce qui change cette semaine." in content
    assert "Karim Benali" in content
    assert newer.date.strftime("%Y") in content
    assert "1 commentaire" in content and "0 commentaire" in content
    assert re.search(r'src="/media/images/image-1\.[^"]*fill-640x360', content)


@pytest.mark.django_db
def test_drafts_are_not_listed(member_client, make_post):
    make_post("Publié")
    make_post("Brouillon secret", live=False)

    content = member_client.get("/blog/").content.decode()

    assert "Publié" in content
    assert "Brouillon secret" not in content


@pytest.mark.django_db
def test_index_shows_twelve_posts_a_page(member_client, make_post):
    for n in range(13):
        make_post(f"Billet numéro {n:02d}", days_ago=n)

    # The header's notifications list new posts too: look at the page itself.
    first = main_content(member_client.get("/blog/"))
    second = main_content(member_client.get("/blog/?page=2"))

    assert "Billet numéro 11" in first and "Billet numéro 12" not in first
    assert "Billet numéro 12" in second and "Billet numéro 00" not in second
    assert 'class="fr-pagination"' in first


@pytest.mark.django_db
def test_tag_filter_keeps_only_tagged_posts(member_client, make_post):
    make_post("Sur le déploiement", tags=["Déploiement"])
    make_post("Sur le webinaire", tags=["Webinaire"])

    response = member_client.get("/blog/?tag=deploiement")

    content = main_content(response)
    assert "Sur le déploiement" in content
    assert "Sur le webinaire" not in content
    assert "Billets avec le mot-clé « Déploiement »" in content
    assert 'href="/blog/?tag=webinaire"' in content


@pytest.mark.django_db
def test_unknown_tag_lists_everything(member_client, make_post):
    make_post("Sur le déploiement", tags=["Déploiement"])

    content = member_client.get("/blog/?tag=inconnu").content.decode()

    assert "Sur le déploiement" in content


@pytest.mark.django_db
def test_post_restricted_to_a_group_is_hidden_from_other_members(
    client, member, administrator, make_post
):
    secret = make_post("Réservé aux administrateurs")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))
    make_post("Pour tous")

    client.force_login(member)
    as_member = client.get("/blog/").content.decode()
    client.force_login(administrator)
    as_admin = client.get("/blog/").content.decode()

    assert "Pour tous" in as_member
    assert "Réservé aux administrateurs" not in as_member
    assert "Réservé aux administrateurs" in as_admin


@pytest.mark.django_db
def test_index_query_count_does_not_grow_with_posts(
    member_client, member, make_post, make_image, django_assert_max_num_queries
):
    def add_posts(count, start):
        for n in range(start, start + count):
            post = make_post(
                f"Billet {n}", tags=[f"Thème {n % 3}"], header_image=make_image()
            )
            comment_create(author=member, target=post, text="Oui", check_flood=False)

    add_posts(2, 0)
    member_client.get("/blog/")  # renditions are generated on the first view
    with django_assert_max_num_queries(40) as baseline:
        member_client.get("/blog/")
    baseline_count = len(baseline)
    add_posts(12, 2)
    member_client.get("/blog/")

    with django_assert_max_num_queries(baseline_count):
        response = member_client.get("/blog/")

    assert response.content.decode().count('class="fr-card fr-enlarge-link"') == 12
