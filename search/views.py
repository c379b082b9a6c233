from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from search.promotions import promoted_pages_for_user
from search.selectors import (
    MAX_QUERY_LENGTH,
    site_search,
    suggestion_text,
    suggestions_for_user,
)
from search.services import query_record

RESULTS_PER_PAGE = 10
SORTS = ("relevance", "date")


def search(request):
    """/recherche/: every type a member may see, filtered, sorted, paginated."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    sort = request.GET.get("tri", "")
    sort = sort if sort in SORTS else "relevance"
    type_key = request.GET.get("type", "")[:80]
    found = site_search(
        user=request.user,
        query=query,
        type_key=type_key,
        by_date=sort == "date",
        page_number=request.GET.get("page"),
        per_page=RESULTS_PER_PAGE,
    )
    promoted = []
    if (
        found.words
        and not type_key
        and found.page is not None
        and found.page.number == 1
    ):
        promoted = promoted_pages_for_user(user=request.user, query=query)
        query_record(query=query, result_count=found.total)
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "found": found,
            "sort": sort,
            "type_key": type_key if any(f.selected for f in found.filters) else "",
            "promoted": promoted,
            "hints": suggestion_text(query),
        },
    )


@never_cache
def suggestions(request):
    """Titles across types for the header's search field (JSON)."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    return JsonResponse(
        {"suggestions": suggestions_for_user(user=request.user, query=query)}
    )
