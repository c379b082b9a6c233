"""Small wording and accessibility points a newcomer meets first."""

import re

import pytest


@pytest.mark.django_db
def test_header_search_modal_is_named_by_its_button(member_client, site_tree):
    html = member_client.get("/").content.decode()

    assert 'id="header-search-button"' in html
    assert 'id="header-search-modal" aria-labelledby="header-search-button"' in html


@pytest.mark.django_db
def test_profile_form_says_photo_once(member_client):
    html = member_client.get("/profil/").content.decode()

    assert len(re.findall(r">\s*Photo\s*<", html)) == 1
    assert "Envoyer une photo" in html
