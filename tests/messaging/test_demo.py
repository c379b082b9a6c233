"""`load_demo` seeds a few conversations, one a group, and is idempotent."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from messaging.models import Conversation, Message


def _counts():
    return Conversation.objects.count(), Message.objects.count()


@pytest.mark.django_db
def test_demo_creates_conversations_and_is_idempotent(settings, tmp_path, client):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = _counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert _counts() == first
    assert first[0] == 3
    group = Conversation.objects.get(is_group=True)
    assert group.participants.count() == 5
    client.force_login(get_user_model().objects.get(username="membre"))
    page = client.get("/messages/")
    assert page.status_code == 200
    assert "Référents dématérialisation ADS" in page.content.decode()
    assert "Jean Dupont" in page.content.decode()
