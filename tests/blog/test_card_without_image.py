"""A post without a header picture keeps a picture-sized box on its card."""

import pytest

from tests.helpers import main_content

pytestmark = pytest.mark.django_db


def test_card_without_image_has_a_placeholder_the_size_of_a_picture(
    member_client, make_post, make_image
):
    make_post("Avec image", header_image=make_image())
    make_post("Sans image")

    html = main_content(member_client.get("/blog/"))

    cards = html.split('class="fr-card fr-enlarge-link"')[1:]
    by_title = {
        title: card
        for card in cards
        for title in ("Avec image", "Sans image")
        if title in card
    }
    assert "data-card-placeholder" in by_title["Sans image"]
    assert "data-card-placeholder" not in by_title["Avec image"]
    assert 'class="fr-card__img"' in by_title["Sans image"]
