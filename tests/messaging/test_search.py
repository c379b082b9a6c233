"""The search source finds messages of my own conversations only."""

import pytest

from home.search_sources import registered_search_sources

pytestmark = pytest.mark.django_db


def _source():
    return next(s for s in registered_search_sources() if s.key == "conversations")


# One query for the messages, two prefetches for the conversations' members.
def test_members_find_their_messages_and_nobody_else_does(
    pair, alice, chloe, send, django_assert_max_num_queries
):
    send(alice, pair, "Le récépissé du permis de construire est prêt")
    search = _source().search

    with django_assert_max_num_queries(3):
        found = list(search(user=alice, query="récépissé"))
    assert [m.text for m in found] == ["Le récépissé du permis de construire est prêt"]
    assert list(search(user=chloe, query="récépissé")) == []
    assert list(search(user=alice, query="")) == []
