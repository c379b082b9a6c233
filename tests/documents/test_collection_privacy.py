"""A group-restricted collection is invisible to everyone outside the group."""

import pytest
from django.contrib.auth import get_user_model

from documents.selectors import (
    collection_list_for_user,
    document_audience,
    document_get_for_user,
    document_is_visible_to,
    document_list_for_user,
    document_search_for_user,
)
from home import roles
from tests.documents import factories


@pytest.fixture
def secret(add_document, private_collection):
    return add_document(
        factories.pdf_bytes(["Budget confidentiel du programme"]),
        "budget.pdf",
        title="Budget confidentiel",
        into=private_collection,
    )


@pytest.fixture
def public(add_document):
    return add_document(
        factories.pdf_bytes(["Budget public du programme"]),
        "public.pdf",
        title="Budget public",
    )


@pytest.mark.django_db
@pytest.mark.parametrize("role", [roles.MEMBER, roles.EDITOR])
def test_outsider_never_sees_the_private_document(
    secret, public, private_collection, make_user, client, library, home_page, role
):
    client.force_login(make_user(role))

    pages = {
        "library": client.get(library.url),
        "filtered": client.get(library.url, {"collection": private_collection.pk}),
        "search": client.get(library.url, {"q": "budget"}),
        "home": client.get(home_page.url),
    }
    for name, response in pages.items():
        html = response.content.decode()
        assert response.status_code == 200, name
        assert "Budget confidentiel" not in html, name
        assert "Comité de pilotage" not in html, name
    assert "Budget public" in pages["search"].content.decode()
    assert "Budget public" in pages["home"].content.decode()
    for url in (secret.get_absolute_url(), secret.display_url, secret.url):
        assert client.get(url).status_code == 404, url


@pytest.mark.django_db
def test_group_member_sees_it_everywhere(
    secret, private_collection, administrator, client, library, home_page
):
    client.force_login(administrator)

    library_html = client.get(library.url).content.decode()
    search_html = client.get(library.url, {"q": "confidentiel"}).content.decode()
    home_html = client.get(home_page.url).content.decode()

    assert "Comité de pilotage" in library_html
    for html in (library_html, search_html, home_html):
        assert "Budget confidentiel" in html
    assert client.get(secret.get_absolute_url()).status_code == 200
    assert client.get(secret.display_url).status_code == 200


@pytest.mark.django_db
def test_selectors_apply_the_restriction(
    secret, public, private_collection, member, administrator, make_user
):
    superuser = make_user(None, is_superuser=True)

    assert list(document_list_for_user(user=member)) == [public]
    assert set(document_list_for_user(user=administrator)) == {public, secret}
    assert set(document_list_for_user(user=superuser)) == {public, secret}
    assert [d.pk for d in document_search_for_user(user=member, query="budget")] == [
        public.pk
    ]
    assert private_collection not in collection_list_for_user(user=member)
    assert private_collection in collection_list_for_user(user=administrator)
    assert not document_is_visible_to(document=secret, user=member)
    assert document_is_visible_to(document=secret, user=administrator)


@pytest.mark.django_db
def test_sub_collections_inherit_the_restriction(
    add_document, private_collection, member
):
    child = private_collection.add_child(name="Annexes")
    annex = add_document(factories.pdf_bytes(), "annexe.pdf", into=child)

    assert annex not in document_list_for_user(user=member)
    with pytest.raises(Exception) as missing:
        document_get_for_user(user=member, document_id=annex.pk)
    assert missing.type.__name__ == "Http404"


@pytest.mark.django_db
def test_anonymous_user_sees_nothing(public):
    from django.contrib.auth.models import AnonymousUser

    assert not document_list_for_user(user=AnonymousUser()).exists()


@pytest.mark.django_db
def test_audience_narrows_recipients_in_constant_queries(
    secret, public, member, administrator, make_user, django_assert_max_num_queries
):
    superuser = make_user(None, is_superuser=True)
    users = get_user_model().objects.all()
    for number in range(20):
        make_user(roles.MEMBER, username=f"extra{number}")

    with django_assert_max_num_queries(4):
        secret_audience = set(document_audience(document=secret, users=users))
    public_audience = set(document_audience(document=public, users=users))

    assert secret_audience == {administrator, superuser}
    assert member in public_audience and len(public_audience) == users.count()
