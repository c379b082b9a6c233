import pytest


@pytest.mark.django_db
def test_site_search_finds_a_page_by_its_body(member_client, site_tree):
    response = member_client.get("/recherche/", {"q": "bienveillance"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "Règles et bonnes pratiques" in html
    assert "1 résultat pour « bienveillance »" in html


@pytest.mark.django_db
def test_search_is_accent_insensitive(member_client, site_tree):
    html = member_client.get("/recherche/", {"q": "echanges"}).content.decode()

    assert "Espaces d&#x27;échanges" in html


@pytest.mark.django_db
def test_empty_search_shows_the_form_only(member_client, site_tree):
    response = member_client.get("/recherche/", {"q": "  "})

    assert response.status_code == 200
    assert "résultat" not in response.content.decode()


@pytest.mark.django_db
def test_search_escapes_the_query(member_client, site_tree):
    html = member_client.get(
        "/recherche/", {"q": "<script>alert(1)</script>"}
    ).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
def test_site_search_lists_visible_documents_by_their_text(
    member_client, site_tree, make_user
):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document(title="Guide de la recette")
    document.description = "Procédure de recette des téléservices"
    document.file.save("guide.txt", ContentFile(b"texte"), save=False)
    document.save()

    html = member_client.get("/recherche/", {"q": "recette"}).content.decode()

    assert "Guide de la recette" in html
    assert document.get_absolute_url() in html


@pytest.mark.django_db
def test_site_search_hides_documents_of_a_private_collection(member_client, site_tree):
    from django.contrib.auth.models import Group
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    private = root.add_child(name="Comité restreint")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Administrateur"))
    Document = get_document_model()
    document = Document(title="Budget confidentiel", collection=private)
    document.file.save("budget.txt", ContentFile(b"texte"), save=False)
    document.save()

    html = member_client.get("/recherche/", {"q": "budget"}).content.decode()

    assert "Budget confidentiel" not in html


@pytest.mark.django_db
def test_search_does_not_list_a_page_restricted_to_another_group(
    member_client, site_tree
):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from home import roles
    from home.models import StandardPage

    page = StandardPage(title="Compte rendu confidentiel", slug="cr-confidentiel")
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))

    response = member_client.get("/recherche/", {"q": "confidentiel"})

    assert response.status_code == 200
    assert "Compte rendu confidentiel" not in response.content.decode()
    assert "0 résultat" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ['"unbalanced', "règles AND (", "bien*veillance OR", "NEAR(a b)", "-:^"]
)
def test_search_syntax_in_a_query_never_breaks_the_page(
    member_client, site_tree, query
):
    response = member_client.get("/recherche/", {"q": query})

    assert response.status_code == 200
    assert "Rechercher" in response.content.decode()
