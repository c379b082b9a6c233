import datetime
import io
import itertools

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from blog.models import BlogIndexPage, BlogPage
from blog.services import blog_moderation_attach


@pytest.fixture(autouse=True)
def _isolated_cache_and_media(settings, tmp_path):
    # The anti-flood counters live in the cache; user ids repeat between tests.
    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    cache.clear()


@pytest.fixture
def blog_index(site_tree):
    index = BlogIndexPage.objects.get()
    blog_moderation_attach(index=index)
    return index


@pytest.fixture
def make_image(db):
    counter = itertools.count(1)

    def make(title=None):
        n = next(counter)
        buffer = io.BytesIO()
        Image.new("RGB", (64, 36), (0, 0, 145)).save(buffer, format="PNG")
        image = get_image_model()(
            title=title or f"Image {n}",
            file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"image-{n}.png"),
        )
        image.save()
        return image

    return make


@pytest.fixture
def make_document(db):
    def make(title="Guide de prise en main", content=b"%PDF-1.4\n" + b"x" * 2040):
        document = get_document_model()(
            title=title,
            file=ContentFile(content, name="guide.pdf"),
            file_size=len(content),
        )
        document.save()
        return document

    return make


@pytest.fixture
def make_post(blog_index):
    """Create a blog post under the blog (published unless live=False)."""
    counter = itertools.count(1)

    def make(
        title=None,
        *,
        days_ago=0,
        tags=(),
        body=None,
        live=True,
        parent=None,
        **fields,
    ):
        n = next(counter)
        fields.setdefault("introduction", f"Introduction du billet {n}.")
        post = BlogPage(
            title=title or f"Billet {n}",
            slug=f"billet-{n}",
            date=timezone.localdate() - datetime.timedelta(days=days_ago),
            body=body
            if body is not None
            else [{"type": "paragraph", "value": f"<p>Corps du billet {n}.</p>"}],
            live=live,
            **fields,
        )
        post.tags.add(*tags)
        (parent or blog_index).add_child(instance=post)
        revision = post.save_revision()
        if live:
            revision.publish()
        return post

    return make
