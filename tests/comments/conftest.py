import pytest

from comments.models import Comment
from comments.services import comment_create
from tests.blog import conftest as blog_fixtures

# Comments hang under blog posts here: share the blog's fixtures.
_isolated_cache_and_media = blog_fixtures._isolated_cache_and_media
blog_index = blog_fixtures.blog_index
make_post = blog_fixtures.make_post


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
