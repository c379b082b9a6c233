"""`load_demo` seeds the blog: posts, images, documents and comments."""

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from blog.models import BlogPage
from comments.models import Comment


def _counts():
    return (
        BlogPage.objects.live().count(),
        get_image_model().objects.count(),
        get_document_model().objects.count(),
        Comment.objects.count(),
    )


@pytest.mark.django_db
def test_demo_creates_the_blog_and_is_idempotent(settings, tmp_path, member_client):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = _counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert _counts() == first
    posts, images, documents, comments = first
    assert posts == 6 and images >= 6 and documents >= 2 and comments >= 5
    assert Comment.objects.filter(parent__isnull=False).exists()
    assert Comment.objects.values("author").distinct().count() >= 3
    assert all(post.tags.exists() for post in BlogPage.objects.all())
    with_documents = [
        post
        for post in BlogPage.objects.all()
        if any(block.block_type == "document_links" for block in post.body)
    ]
    assert len(with_documents) >= 3
    page = member_client.get(with_documents[0].url).content.decode()
    assert "/fichiers/" in page
