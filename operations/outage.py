"""A database outage answers a French 503 page instead of a 500.

Django turns an exception raised anywhere below a middleware into a 500
response before the outer middleware sees it, so the exception is recognised
when it is signalled (got_request_exception) and the request marked; the
request middleware then swaps the 500 for this page.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

OUTAGE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def mark_database_outage(sender, request=None, **kwargs) -> None:
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, OUTAGE_ERRORS):
        request.database_outage = True


def outage_response(*, request_id: str = "") -> HttpResponse:
    """The static 503 page: no request context, no database."""
    response = HttpResponse(
        render_to_string(
            "operations/503.html",
            {"request_id": request_id, "SITE_NAME": settings.SITE_NAME, "status": 503},
        ),
        status=503,
        content_type="text/html; charset=utf-8",
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
