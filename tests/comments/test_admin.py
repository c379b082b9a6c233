"""Moderation list in the Wagtail admin (wagtail-modeladmin)."""

import pytest
from django.contrib.contenttypes.models import ContentType

from blog.models import BlogPage
from comments.models import Comment

LIST_URL = "/admin/comments/comment/"


@pytest.fixture
def comments(member, make_user, post, make_comment):
    other = make_user(username="abernard", first_name="Anne", last_name="Bernard")
    return [
        make_comment(author=member, target=post, text="Premier avis"),
        make_comment(author=other, target=post, text="Deuxième avis"),
        make_comment(author=other, target=post, text="Troisième avis"),
    ]


@pytest.mark.django_db
def test_administrator_lists_comments_with_filters(client, administrator, comments):
    client.force_login(administrator)

    response = client.get(LIST_URL)

    content = response.content.decode()
    assert response.status_code == 200
    for text in ("Premier avis", "Deuxième avis", "Troisième avis"):
        assert text in content
    assert "Billet commenté" in content
    for heading in ("Par statut", "Par type de cible", "Par auteur"):
        assert heading in content
    assert 'form="comments-bulk-hide"' in content


@pytest.mark.django_db
def test_filters_by_author_status_and_target_type(
    client, administrator, comments, make_user
):
    client.force_login(administrator)
    blog_type = ContentType.objects.get_for_model(BlogPage).pk
    author = comments[1].author_id

    by_author = client.get(LIST_URL, {"author": author}).content.decode()
    by_status = client.get(LIST_URL, {"status__exact": "hidden"}).content.decode()
    by_type = client.get(LIST_URL, {"type": blog_type}).content.decode()

    assert "Premier avis" not in by_author and "Deuxième avis" in by_author
    assert "Premier avis" not in by_status
    assert "Premier avis" in by_type


@pytest.mark.django_db
def test_bulk_hide_hides_the_ticked_comments(client, administrator, comments):
    client.force_login(administrator)

    response = client.post(
        "/admin/commentaires/masquer/",
        {"comments": [comments[0].pk, comments[2].pk], "reason": "Doublons"},
    )

    assert response.status_code == 302
    statuses = dict(Comment.objects.values_list("text", "status"))
    assert statuses == {
        "Premier avis": "hidden",
        "Deuxième avis": "published",
        "Troisième avis": "hidden",
    }
    assert set(
        Comment.objects.filter(status="hidden").values_list("hidden_reason", flat=True)
    ) == {"Doublons"}
    assert "2 commentaires masqués." in client.get(LIST_URL).content.decode()


@pytest.mark.django_db
def test_bulk_hide_needs_a_reason(client, administrator, comments):
    client.force_login(administrator)

    client.post("/admin/commentaires/masquer/", {"comments": [comments[0].pk]})

    assert not Comment.objects.filter(status="hidden").exists()


@pytest.mark.django_db
def test_editors_cannot_moderate(client, editor, comments):
    client.force_login(editor)

    listing = client.get(LIST_URL)
    bulk = client.post(
        "/admin/commentaires/masquer/",
        {"comments": [comments[0].pk], "reason": "Non"},
    )
    dashboard = client.get("/admin/").content.decode()

    assert listing.status_code in (302, 403)
    assert bulk.status_code in (302, 403)
    assert LIST_URL not in dashboard
    assert not Comment.objects.filter(status="hidden").exists()


@pytest.mark.django_db
def test_administrators_see_the_menu_and_cannot_edit_words(
    client, administrator, comments
):
    client.force_login(administrator)

    dashboard = client.get("/admin/").content.decode()
    edit = client.get(f"{LIST_URL}edit/{comments[0].pk}/")
    inspect = client.get(f"{LIST_URL}inspect/{comments[0].pk}/")

    assert LIST_URL in dashboard
    assert edit.status_code in (302, 403)
    assert inspect.status_code == 200


@pytest.mark.django_db
def test_admin_list_query_count_does_not_grow(
    client,
    administrator,
    member,
    post,
    make_comment,
    django_assert_max_num_queries,
):
    client.force_login(administrator)
    make_comment(author=member, target=post)
    client.get(LIST_URL)
    with django_assert_max_num_queries(40) as few:
        client.get(LIST_URL)
    few_count = len(few)
    for n in range(30):
        make_comment(author=member, target=post, text=f"Avis {n}")

    with django_assert_max_num_queries(few_count):
        response = client.get(LIST_URL)

    assert response.status_code == 200
    assert "Avis 29" in response.content.decode()


@pytest.mark.django_db
def test_moderation_list_shows_mentioned_members_by_name(
    client, administrator, member, post, make_comment, make_user
):
    make_user(username="abernard", first_name="Anne", last_name="Bernard")
    make_comment(author=member, target=post, text="Merci @[abernard] pour la note")
    client.force_login(administrator)

    response = client.get(LIST_URL)

    content = response.content.decode()
    assert response.status_code == 200
    assert "Merci @Anne Bernard pour la note" in content
    assert "@[abernard]" not in content
