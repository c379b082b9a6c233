"""Threads and messages are search sources; removed messages never match."""

import pytest
from django.template.loader import render_to_string

from discussions.services import message_delete, message_hide
from home import roles
from home.search_sources import registered_search_sources


def _source(key):
    return next(source for source in registered_search_sources() if source.key == key)


@pytest.fixture
def alice(make_user):
    return make_user(roles.MEMBER, username="alice")


@pytest.mark.django_db
def test_sources_are_registered_with_french_labels():
    assert str(_source("threads").label) == "Fils de discussion"
    assert str(_source("messages").label) == "Messages"


@pytest.mark.django_db
def test_messages_are_indexed_on_save_and_found(
    member, alice, thread, post_message, administrator
):
    kept = post_message(author=alice, thread=thread, text="Le parapheur électronique")
    hidden = post_message(author=alice, thread=thread, text="Parapheur masqué")
    deleted = post_message(author=alice, thread=thread, text="Parapheur effacé")
    message_hide(moderator=administrator, message=hidden, reason="Doublon")
    message_delete(user=alice, message=deleted)

    found = list(_source("messages").search(user=member, query="parapheur"))

    assert found == [kept]
    html = render_to_string(_source("messages").template, {"result": found[0]})
    assert thread.title in html
    assert f"/echanges/message/{kept.pk}/" in html


@pytest.mark.django_db
def test_edited_text_is_searchable(member, alice, thread, post_message):
    from discussions.services import message_edit

    message = post_message(author=alice, thread=thread, text="Première version")
    message_edit(editor=alice, message=message, text="Consultation des servitudes")
    assert list(_source("messages").search(user=member, query="servitudes")) == [
        message
    ]


@pytest.mark.django_db
def test_threads_are_found_by_title(member, make_thread):
    wanted = make_thread("Raccordement au guichet numérique")
    make_thread("Autre sujet")

    found = list(_source("threads").search(user=member, query="guichet"))

    assert found == [wanted]
    html = render_to_string(_source("threads").template, {"result": wanted})
    assert f"/echanges/fil/{wanted.slug}/" in html


@pytest.mark.django_db
def test_site_search_lists_threads_and_messages(
    member_client, alice, make_thread, post_message, administrator, site_tree
):
    thread = make_thread("Le guichet et les servitudes")
    post_message(author=alice, thread=thread, text="Les servitudes d'utilité publique")
    hidden = post_message(author=alice, thread=thread, text="Servitudes cachées")
    message_hide(moderator=administrator, message=hidden, reason="Doublon")

    response = member_client.get("/recherche/", {"q": "servitudes"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Fils de discussion" in content
    assert f"/echanges/fil/{thread.slug}/" in content
    assert "utilité publique" in content
    assert "cachées" not in content
