import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from documents.services import document_create
from home import roles
from tests.documents import factories


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def library(site_tree):
    """The library page of the demo tree."""
    from documents.models import DocumentIndexPage

    return DocumentIndexPage.objects.get()


@pytest.fixture
def collection(db):
    return Collection.objects.get(name="Documents utiles")


@pytest.fixture
def other_collection(db):
    return Collection.objects.get(name="Recette")


@pytest.fixture
def private_collection(db):
    """A collection only the Administrateur group may see."""
    collection = Collection.get_first_root_node().add_child(name="Comité de pilotage")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))
    return collection


@pytest.fixture
def add_document(db, django_capture_on_commit_callbacks, collection):
    """Upload a file through the library's service and run its processing."""

    def add(content=None, name="rapport.pdf", *, title=None, into=None, **fields):
        content = factories.pdf_bytes() if content is None else content
        with django_capture_on_commit_callbacks(execute=True):
            document = document_create(
                title=title or name.rsplit(".", 1)[0],
                file=factories.upload(content, name),
                collection=into or collection,
                **fields,
            )
        document.refresh_from_db()
        return document

    return add
