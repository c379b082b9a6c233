import pytest

from discussions.models import Theme
from discussions.services import message_create, thread_create


@pytest.fixture
def theme(db):
    return Theme.objects.create(title="Instruction dématérialisée", slug="instruction")


@pytest.fixture
def make_thread(administrator, theme):
    def make(title="Signature électronique des arrêtés", *, text=None, **fields):
        return thread_create(
            author=fields.pop("author", administrator),
            theme=fields.pop("theme", theme),
            title=title,
            text=text or f"Question d'ouverture : {title}",
            notify=fields.pop("notify", False),
            **fields,
        )

    return make


@pytest.fixture
def thread(make_thread):
    return make_thread()


@pytest.fixture
def post_message():
    def post(*, author, thread, text="Un message.", **fields):
        fields.setdefault("check_flood", False)
        fields.setdefault("notify", False)
        return message_create(author=author, thread=thread, text=text, **fields)

    return post
