import pytest

from home import roles


@pytest.fixture
def people(make_user):
    """Members with accents, a namesake pair and an inactive account."""
    return {
        "helene": make_user(
            roles.MEMBER, username="hmartin", first_name="Hélène", last_name="Martin"
        ),
        "jean": make_user(
            roles.MEMBER, username="jdupont", first_name="Jean", last_name="Dupont"
        ),
        "claire": make_user(
            roles.MEMBER,
            username="crousseau",
            first_name="Claire",
            last_name="Rousseau",
        ),
        "marie1": make_user(
            roles.MEMBER, username="mleroy", first_name="Marie", last_name="Leroy"
        ),
        "marie2": make_user(
            roles.MEMBER, username="mleroy2", first_name="Marie", last_name="Leroy"
        ),
        "anne": make_user(
            roles.MEMBER,
            username="adlf",
            first_name="Anne",
            last_name="de La Fontaine",
        ),
        "gone": make_user(
            roles.MEMBER,
            username="parti",
            first_name="Paul",
            last_name="Parti",
            is_active=False,
        ),
    }
