import pytest
from django.core.management import call_command
from wagtail.models import CollectionViewRestriction

from documents.demo import DEMO_DOCUMENTS
from documents.models import LibraryDocument, ProcessingStatus


@pytest.mark.django_db
def test_load_demo_creates_real_processed_files_in_several_collections(
    settings, django_capture_on_commit_callbacks
):
    settings.PRODUCTION = False
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=None)
        call_command("load_demo", stdout=None)

    documents = LibraryDocument.objects.select_related("collection").filter(
        title__in=[demo.title for demo in DEMO_DOCUMENTS]
    )
    assert documents.count() == len(DEMO_DOCUMENTS) == 9
    assert len({document.collection.name for document in documents}) >= 6
    assert set(documents.values_list("processing_status", flat=True)) == {
        ProcessingStatus.READY
    }
    pdf = documents.get(title="Webinaire : instruire un dossier dématérialisé")
    assert pdf.page_count == 5 and pdf.preview and "PLAT'AU" in pdf.extracted_text
    docx = documents.get(title="Guide de démarrage du guichet numérique")
    assert "Étape 1" in docx.extracted_text
    with pdf.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    restriction = CollectionViewRestriction.objects.get(
        collection__name="Comité de pilotage"
    )
    assert [group.name for group in restriction.groups.all()] == ["Administrateur"]
    assert documents.filter(collection__name="Comité de pilotage").count() == 1


@pytest.mark.django_db
def test_demo_documents_are_distinct_and_blog_posts_link_the_library_ones(
    settings, django_capture_on_commit_callbacks
):
    from blog.models import BlogPage

    settings.PRODUCTION = False
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=None)

    documents = LibraryDocument.objects.select_related("collection")
    titles = list(documents.values_list("title", flat=True))
    linked = {
        item["document"].pk
        for post in BlogPage.objects.all()
        for block in post.body
        if block.block_type == "document_links"
        for item in block.value
    }
    assert len(titles) == len(set(titles)) == len(DEMO_DOCUMENTS)
    # No second guide, calendar or webinar support under another name.
    for word in ("Guide", "Calendrier", "Webinaire", "Support"):
        assert sum(word.lower() in title.lower() for title in titles) <= 1, word
    assert len(linked) == 3
    assert all(
        not document.collection.is_root()
        for document in documents.filter(pk__in=linked)
    )
