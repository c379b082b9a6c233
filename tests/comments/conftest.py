import pytest

from comments.models import Comment
from comments.services import comment_create


@pytest.fixture
def post(make_post):
    return make_post("Billet commenté")


@pytest.fixture
def make_comment():
    def make(*, author, target, text="Un commentaire.", parent=None) -> Comment:
        return comment_create(
            author=author, target=target, text=text, parent=parent, check_flood=False
        )

    return make
