"""A blog post: body blocks, document links, related and adjacent posts."""

import pytest

from comments.services import comment_create


@pytest.mark.django_db
def test_member_reads_a_body_with_a_document_link(
    member_client, make_post, make_document, home_page
):
    document = make_document("Guide de prise en main")
    about = home_page.get_children().get(slug="osmose")
    post = make_post(
        "Billet riche",
        body=[
            {"type": "heading", "value": {"text": "Par où commencer", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Un paragraphe <b>riche</b>.</p>"},
            {
                "type": "document_links",
                "value": [{"document": document.pk, "title": ""}],
            },
            {"type": "page_link", "value": {"page": about.pk, "title": ""}},
            {"type": "quote", "value": {"text": "Une citation", "author": "Elle"}},
            {
                "type": "callout",
                "value": {"title": "À savoir", "text": "<p>Important</p>"},
            },
        ],
    )

    response = member_client.get(post.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert "<h2>Par où commencer</h2>" in content
    assert "Guide de prise en main" in content
    assert f'href="{document.url}"' in content
    assert document.url == f"/fichiers/{document.pk}/telecharger/"
    assert "PDF – 2,0\xa0Kio" in content
    assert 'href="/osmose/"' in content
    assert "Une citation" in content and "À savoir" in content


@pytest.mark.django_db
def test_related_posts_share_tags(member_client, make_post):
    post = make_post("Le billet", tags=["Déploiement", "Atelier"])
    make_post("Cousin proche", tags=["Déploiement", "Atelier"], days_ago=5)
    make_post("Cousin lointain", tags=["Atelier"], days_ago=1)
    make_post("Sans rapport", tags=["Webinaire"])

    content = member_client.get(post.url).content.decode()
    related = content.split("Billets liés")[1]

    assert related.index("Cousin proche") < related.index("Cousin lointain")
    assert "Sans rapport" not in related


@pytest.mark.django_db
def test_previous_and_next_posts(member_client, make_post):
    older = make_post("Plus ancien", days_ago=3)
    post = make_post("Au milieu", days_ago=2)
    newer = make_post("Plus récent", days_ago=1)

    content = member_client.get(post.url).content.decode()

    assert f'href="{older.url}" rel="prev"' in content
    assert f'href="{newer.url}" rel="next"' in content
    assert "Billet précédent : Plus ancien" in content


@pytest.mark.django_db
def test_draft_post_is_not_served(member_client, make_post):
    draft = make_post("Brouillon", live=False)

    assert member_client.get(f"/blog/{draft.slug}/").status_code == 404


@pytest.mark.django_db
def test_post_query_count_same_with_3_and_60_comments(
    member_client,
    member,
    make_user,
    make_post,
    make_image,
    django_assert_max_num_queries,
):
    post = make_post("Très commenté", tags=["Atelier"], header_image=make_image())
    make_post("Voisin", tags=["Atelier"], header_image=make_image(), days_ago=1)
    authors = [make_user() for _ in range(5)]

    def add_comments(count):
        threads = []
        for n in range(count):
            parent = threads[-1] if n % 3 == 2 else None
            comment = comment_create(
                author=authors[n % 5],
                target=post,
                text=f"Commentaire https://exemple.fr/{n}\nsur deux lignes",
                parent=parent,
                check_flood=False,
            )
            if parent is None:
                threads.append(comment)

    add_comments(3)
    member_client.get(post.url)
    with django_assert_max_num_queries(45) as with_three:
        first = member_client.get(post.url)
    with_three_count = len(with_three)
    add_comments(57)

    with django_assert_max_num_queries(with_three_count):
        second = member_client.get(post.url)

    assert "3 commentaires" in first.content.decode()
    assert "60 commentaires" in second.content.decode()


@pytest.mark.django_db
def test_deleting_a_post_deletes_its_comments(member, make_post):
    from comments.models import Comment

    post = make_post("Éphémère")
    kept = make_post("Durable")
    comment_create(author=member, target=post, text="Bientôt parti", check_flood=False)
    comment_create(author=member, target=kept, text="Reste", check_flood=False)

    post.delete()

    assert list(Comment.objects.values_list("text", flat=True)) == ["Reste"]


@pytest.mark.django_db
def test_site_search_finds_posts(member_client, make_post):
    make_post("Atelier de conduite du changement", tags=["Atelier"])

    content = member_client.get("/recherche/?q=conduite").content.decode()

    assert "Atelier de conduite du changement" in content


@pytest.mark.django_db
def test_copying_a_post_leaves_its_comments_behind(member, make_post):
    from comments.models import Comment

    post = make_post("Original", tags=["Atelier"])
    comment_create(author=member, target=post, text="Sur l'original", check_flood=False)

    copy = post.copy(update_attrs={"slug": "copie", "title": "Copie"})

    assert Comment.objects.filter(object_id=copy.pk).count() == 0
    assert Comment.objects.filter(object_id=post.pk).count() == 1
    assert list(copy.tags.names()) == ["Atelier"]
