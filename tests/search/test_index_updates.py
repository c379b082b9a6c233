"""The index follows the content: hidden messages leave it, rebuilds keep it."""

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from discussions.models import Message as ThreadMessage
from messaging.models import Message as PrivateMessage
from messaging.models import MessageReport
from messaging.services import message_hide
from search.selectors import site_search

pytestmark = pytest.mark.django_db


def test_a_hidden_thread_message_leaves_the_index(corpus):
    # Searched without the published filter: the words themselves are gone.
    assert (
        list(get_search_backend().search("zinzolins", ThreadMessage.objects.all()))
        == []
    )


def test_a_hidden_private_message_leaves_the_index(
    corpus, administrator, django_capture_on_commit_callbacks
):
    message = PrivateMessage.objects.get(text__contains="récépissé")
    MessageReport.objects.create(message=message, reporter=corpus["users"]["colleague"])

    with django_capture_on_commit_callbacks(execute=True):
        message_hide(moderator=administrator, message=message)

    backend = get_search_backend()
    assert list(backend.search("récépissé", PrivateMessage.objects.all())) == []


def test_update_index_rebuilds_everything(corpus):
    call_command("update_index", verbosity=0)

    found = site_search(user=corpus["users"]["member"], query="géoréférencement")
    assert [item.hit.url for item in found.results] == [corpus["urls"]["pdf"]]
