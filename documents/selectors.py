"""Reads of the library, with collection privacy applied.

A collection with a view restriction (Wagtail's CollectionViewRestriction,
"private, accessible to users in specific groups") hides its documents — and
those of its sub-collections — from everyone outside those groups. Every view,
section, feed or notification that shows documents loads them from here.
"""

from django.db.models.functions import Substr
from django.http import Http404
from wagtail.models import Collection, Page, ReferenceIndex

from comments.selectors import comment_count_annotate
from documents.models import DocumentIndexPage, LibraryDocument
from home.search_sources import SearchHit
from home.visibility import (
    collection_ids_visible_to,
    collection_viewers,
    pages_visible_to,
)
from osmose_site.input import ascii_id

# Columns a list never shows: the text can weigh hundreds of kilobytes.
LIST_DEFERRED_FIELDS = ("extracted_text",)


def document_list_for_user(*, user):
    """The documents this member may see (none for an anonymous visitor)."""
    if not user.is_authenticated:
        return LibraryDocument.objects.none()
    documents = LibraryDocument.objects.select_related("collection")
    visible = collection_ids_visible_to(user)
    if visible is not None:
        documents = documents.filter(collection_id__in=visible)
    return documents


def document_get_for_user(*, user, document_id) -> LibraryDocument:
    """One document this member may see; Http404 otherwise (no hint it exists)."""
    try:
        return document_list_for_user(user=user).get(pk=document_id)
    except (LibraryDocument.DoesNotExist, ValueError, TypeError) as err:
        raise Http404 from err


def document_is_visible_to(*, document: LibraryDocument, user) -> bool:
    """Whether this member may see the document (e.g. to pick notified members)."""
    return document_list_for_user(user=user).filter(pk=document.pk).exists()


def document_audience(*, document: LibraryDocument, users):
    """Narrow a user queryset to the members who may see this document.

    A constant number of queries whatever the number of users: meant for
    notification fan-out.
    """
    return collection_viewers(document.collection)(users).distinct()


# The site search cuts its excerpt from the beginning of the text only.
EXCERPT_SOURCE_LENGTH = 20_000


def document_search_for_user(*, user, query: str, by_date: bool = False):
    """Wagtail search over the visible documents: title, description and text."""
    documents = (
        document_list_for_user(user=user)
        .defer(*LIST_DEFERRED_FIELDS)
        .annotate(excerpt_source=Substr("extracted_text", 1, EXCERPT_SOURCE_LENGTH))
    )
    if by_date:
        return documents.order_by("-created_at", "-id").search(
            query, operator="and", order_by_relevance=False
        )
    return documents.search(query, operator="and")


def document_search_hit(document: LibraryDocument) -> SearchHit:
    """How a document reads in the site search."""
    text = " ".join(
        part
        for part in (document.description, getattr(document, "excerpt_source", ""))
        if part
    )
    return SearchHit(
        title=document.title,
        url=document.get_absolute_url(),
        date=document.created_at,
        text=text,
        context=" · ".join(
            part
            for part in (document.collection.name, document.file_type.upper())
            if part
        ),
    )


def document_suggestions_for_user(*, user, query: str, limit: int) -> list[SearchHit]:
    """Titles of visible documents starting with what a member types."""
    documents = (
        document_list_for_user(user=user)
        .defer(*LIST_DEFERRED_FIELDS)
        .autocomplete(query)[:limit]
    )
    return [
        SearchHit(title=document.title, url=document.get_absolute_url())
        for document in documents
    ]


def document_library_for_user(
    *, user, collection=None, file_type: str = "", query: str = "", sort: str = ""
):
    """The library page's documents: filtered, searched, ordered for display."""
    documents = document_list_for_user(user=user).defer(*LIST_DEFERRED_FIELDS)
    if collection:
        documents = documents.filter(collection_id=collection)
    if file_type:
        documents = documents.filter(file_type=file_type)
    orders = {
        "recent": ("-created_at", "-id"),
        "oldest": ("created_at", "id"),
        "title": ("title", "id"),
    }
    if query:
        if sort in orders:
            return documents.order_by(*orders[sort]).search(
                query, operator="and", order_by_relevance=False
            )
        return documents.search(query, operator="and")
    # Grouped by collection on the page: the tree order first.
    return documents.order_by("collection__path", *orders.get(sort, orders["recent"]))


def document_latest_for_user(*, user, limit: int = 4) -> list[LibraryDocument]:
    """The newest documents this member may see (home page)."""
    documents = document_list_for_user(user=user).defer(*LIST_DEFERRED_FIELDS)
    return list(documents.order_by("-created_at", "-id")[:limit])


def collection_list_for_user(*, user) -> list[Collection]:
    """The collections (root excluded) this member may see, in tree order."""
    collections = Collection.objects.filter(depth__gt=1).order_by("path")
    visible = collection_ids_visible_to(user)
    if visible is not None:
        collections = collections.filter(id__in=visible)
    return list(collections)


def document_usage_list(*, document: LibraryDocument, user) -> list[Page]:
    """The pages linking to the document (reference index) this member may see."""
    references = ReferenceIndex.get_references_to(document).filter(
        base_content_type__app_label="wagtailcore",
        base_content_type__model="page",
    )
    page_ids = {
        ascii_id(object_id)
        for object_id in references.values_list("object_id", flat=True)
        if ascii_id(object_id) is not None
    }
    if not page_ids:
        return []
    pages = pages_visible_to(user, Page.objects.filter(id__in=page_ids))
    return list(pages.order_by("title"))


def document_comment_count(*, document: LibraryDocument) -> int:
    """The number of published comments under the document."""
    counted = comment_count_annotate(LibraryDocument.objects.filter(pk=document.pk))
    return counted.values_list("comment_count", flat=True).first() or 0


def library_page() -> DocumentIndexPage | None:
    """The live library page (for links and breadcrumbs)."""
    return DocumentIndexPage.objects.live().first()
