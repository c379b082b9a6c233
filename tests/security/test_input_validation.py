"""Query parameters and URL parts the site cannot use answer 400 or 404, never 500.

NUL characters made PostgreSQL raise (search, members directory, mention
autocomplete, a member's URL); ids that pass `str.isdigit()` without being
ASCII digits ("²") made `int()` raise.
"""

import pytest
from django.contrib.contenttypes.models import ContentType

from osmose_site.input import ascii_id


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "parameters"),
    [
        ("/recherche/", {"q": "plan\x00local"}),
        ("/membres/", {"q": "du\x00pont"}),
        ("/membres/mentions.json", {"q": "\x00"}),
        ("/membres/du%00pont/", {}),
        ("/documents/", {"q": "\x00"}),
    ],
)
def test_nul_characters_get_the_french_400_page(member_client, url, parameters):
    response = member_client.get(url, parameters)

    assert response.status_code == 400
    assert "Requête invalide" in response.content.decode()


@pytest.mark.django_db
def test_nul_in_a_form_field_name_or_value_is_refused(member_client):
    response = member_client.post("/profil/", {"first_name": "A", "bio\x00": "x"})

    assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["²", "١٢", "𝟙", "12\u00b3"])
def test_non_ascii_digits_are_no_comment_parent(member_client, make_post, value):
    post = make_post("Billet")
    content_type = ContentType.objects.get_for_model(post)

    response = member_client.get(
        f"/commentaires/{content_type.pk}/{post.pk}/", {"parent": value}
    )

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12", 12), ("007", 7), ("²", None), ("١٢", None), ("-1", None), ("", None)],
)
def test_ascii_id_reads_ascii_digits_only(value, expected):
    assert ascii_id(value) == expected
