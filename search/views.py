from django.shortcuts import render

from home.pagination import paginate
from search.selectors import (
    page_search_for_user,
    search_words,
    source_results_for_user,
)

RESULTS_PER_PAGE = 10
SOURCE_RESULTS = 5
MAX_QUERY_LENGTH = 200


def search(request):
    """The site-wide search bar's results: each registered source, then pages."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results, sections = None, []
    if search_words(query):
        sections = source_results_for_user(
            user=request.user, query=query, limit=SOURCE_RESULTS
        )
        results = paginate(
            page_search_for_user(user=request.user, query=query),
            page_number=request.GET.get("page"),
            per_page=RESULTS_PER_PAGE,
        )
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "sections": sections},
    )
