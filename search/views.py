from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render

from documents.selectors import document_search_for_user
from search.selectors import page_search_for_user

RESULTS_PER_PAGE = 10
DOCUMENT_RESULTS = 5
MAX_QUERY_LENGTH = 200


def search(request):
    """The site-wide search bar's results."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    documents = []
    if query:
        documents = list(
            document_search_for_user(user=request.user, query=query)[:DOCUMENT_RESULTS]
        )
        paginator = Paginator(
            page_search_for_user(user=request.user, query=query),
            RESULTS_PER_PAGE,
        )
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "documents": documents},
    )
