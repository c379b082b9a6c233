"""Names and titles are one line of visible text: no CR/LF, no direction overrides.

A name with a line break used to be stored and then made every e-mail that
carries it in its subject fail (BadHeaderError).
"""

import pytest
from django.contrib.auth import get_user_model

from tests.profiles.conftest import profile_form_data


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", "Jean\r\nBcc: tous@example.org"),
        ("last_name", "Du\npont"),
        ("last_name", "Dupont\x00"),
        ("organisation", "DDT\rdu Rhône"),
        ("last_name", "\u202etnopuD"),
        ("first_name", "\u200b\u200b"),
    ],
    ids=["crlf", "lf", "nul", "cr", "rtl-override", "zero-width-only"],
)
def test_profile_refuses_control_and_invisible_characters(
    member_client, member, field, value
):
    response = member_client.post("/profil/", profile_form_data(**{field: value}))

    # A NUL character is refused before any view reads it (the 400 page).
    assert response.status_code == (400 if "\x00" in value else 200)
    if response.status_code == 200:
        assert "fr-error-text" in response.content.decode()
    member.refresh_from_db()
    assert member.first_name == "Hélène"
    assert "\n" not in member.last_name


@pytest.mark.django_db
def test_a_plain_name_with_accents_and_hyphen_is_kept(member_client, member):
    response = member_client.post(
        "/profil/", profile_form_data(first_name="Anne-Lise", last_name="N'Guyễn")
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == ("Anne-Lise", "N'Guyễn")


def _admin_user_form(user, **fields):
    return {
        "username": user.username,
        "email": user.email or f"{user.username}@example.org",
        "first_name": user.first_name or "Hélène",
        "last_name": user.last_name or "Martin",
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()],
        **fields,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    ["Jean\r\nBcc: tous@example.org", "\u202etnopuD", "\u200b"],
    ids=["crlf", "rtl-override", "zero-width-only"],
)
def test_back_office_user_form_refuses_the_same_names(client, member, value):
    superuser = get_user_model().objects.create_superuser(
        "racine", "racine@example.org", "motdepasse-solide-42"
    )
    client.force_login(superuser)
    before = (member.first_name, member.last_name)

    response = client.post(
        f"/admin/users/edit/{member.pk}/",
        _admin_user_form(member, last_name=value),
    )

    assert response.status_code == 200
    assert "Ce champ ne peut" in response.content.decode()
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == before


@pytest.mark.django_db
def test_back_office_user_form_keeps_a_plain_name(client, member):
    superuser = get_user_model().objects.create_superuser(
        "racine", "racine@example.org", "motdepasse-solide-42"
    )
    client.force_login(superuser)

    response = client.post(
        f"/admin/users/edit/{member.pk}/",
        _admin_user_form(member, last_name="Le Gall-Dupont"),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.last_name == "Le Gall-Dupont"
