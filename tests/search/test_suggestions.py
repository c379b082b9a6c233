"""The header's suggestions: titles across types, after two characters."""

import pytest

pytestmark = pytest.mark.django_db


def _titles(client, query):
    response = client.get("/recherche/suggestions/", {"q": query})
    assert response.status_code == 200
    return [s["title"] for s in response.json()["suggestions"]]


def test_suggestions_cover_pages_documents_threads_and_members(member_client, corpus):
    assert "Retour sur la bascule de Lyon" in _titles(member_client, "Retour")
    assert "Support du webinaire de mars" in _titles(member_client, "Suppo")
    assert "Raccordement au guichet unique" in _titles(member_client, "Raccor")
    assert "Gaëlle Trouvadec" in _titles(member_client, "Trouv")


def test_suggestions_start_at_two_characters_and_stop_at_eight(
    member_client, corpus, make_post
):
    for n in range(10):
        make_post(f"Atelier régional {n}")

    assert _titles(member_client, "A") == []
    assert len(_titles(member_client, "Atelier")) == 8


def test_suggestions_never_show_what_a_member_may_not_see(member_client, corpus):
    assert _titles(member_client, "Budget") == []
    assert _titles(member_client, "Compte rendu") == []
