"""A database outage answers a French 503 page instead of a 500.

Django turns an exception raised anywhere below a middleware into a 500
response before the outer middleware sees it, so the exception is recognised
when it is signalled (got_request_exception) and the request marked; the
request middleware then swaps the 500 for this page.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

OUTAGE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
HEALTH_CHECK_PATH = "/healthz"


def mark_database_outage(sender, request=None, **kwargs) -> None:
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, OUTAGE_ERRORS):
        request.database_outage = True


def _wants_json(request) -> bool:
    # The health check answers JSON even when a session cookie made the
    # outage strike before its view (loading the member failed first).
    return request.path == HEALTH_CHECK_PATH or (
        request.accepts("application/json") and not request.accepts("text/html")
    )


def outage_response(request, *, request_id: str = "") -> HttpResponse:
    """The static 503 page (or JSON for machines): no request context, no database."""
    if _wants_json(request):
        response = JsonResponse(
            {"status": "error", "database": "unavailable"}, status=503
        )
    else:
        response = HttpResponse(
            render_to_string(
                "operations/503.html",
                {
                    "request_id": request_id,
                    "SITE_NAME": settings.SITE_NAME,
                    "status": 503,
                },
            ),
            status=503,
            content_type="text/html; charset=utf-8",
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
