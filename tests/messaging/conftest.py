import uuid

import pytest
from django.conf import settings as django_settings
from django.test import Client

from messaging.services import (
    conversation_create_group,
    conversation_start_direct,
    message_send,
)


@pytest.fixture(autouse=True)
def fresh_channel_layer(settings):
    """A channel layer of the test's own.

    On Redis, a prefix unique to the test keeps parallel test processes, whose
    databases number conversations alike, from hearing each other.
    """
    layers = {
        name: {**config, "CONFIG": dict(config.get("CONFIG", {}))}
        for name, config in django_settings.CHANNEL_LAYERS.items()
    }
    default = layers["default"]
    if "redis" in default["BACKEND"].lower():
        default["CONFIG"]["prefix"] = f"osmose-test-{uuid.uuid4().hex[:12]}"
    settings.CHANNEL_LAYERS = layers


@pytest.fixture
def alice(make_user):
    return make_user(username="alice", first_name="Alice", last_name="Martin")


@pytest.fixture
def bruno(make_user):
    return make_user(username="bruno", first_name="Bruno", last_name="Petit")


@pytest.fixture
def chloe(make_user):
    return make_user(username="chloe", first_name="Chloé", last_name="Durand")


@pytest.fixture
def pair(alice, bruno):
    """The conversation between Alice and Bruno."""
    return conversation_start_direct(author=alice, other=bruno)


@pytest.fixture
def group(alice, bruno, chloe):
    return conversation_create_group(
        author=alice, title="Équipe instruction", members=[bruno, chloe]
    )


@pytest.fixture
def send():
    def _send(author, conversation, text):
        return message_send(
            author=author, conversation=conversation, text=text, check_flood=False
        )

    return _send


@pytest.fixture
def client_for():
    def make(user):
        client = Client()
        client.force_login(user)
        return client

    return make
