"""Outermost middleware: a request id, one log line per request, the outage page."""

import logging
import time

from django.conf import settings

from operations.outage import outage_response
from operations.request_context import (
    request_id_new,
    request_id_reset,
    request_id_set,
)

logger = logging.getLogger("osmose.request")


def _user_id(request):
    # Only when authentication already loaded the user: logging must not query.
    user = getattr(request, "_cached_user", None)
    return getattr(user, "pk", None)


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.quiet_prefixes = tuple(
            prefix for prefix in (settings.STATIC_URL,) if prefix
        )

    def __call__(self, request):
        request_id = request_id_new(request.headers.get("X-Request-ID", ""))
        request.request_id = request_id
        token = request_id_set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            if response.status_code == 500 and getattr(
                request, "database_outage", False
            ):
                response = outage_response(request, request_id=request_id)
            response["X-Request-ID"] = request_id
            self._log(request, response, started)
            return response
        finally:
            request_id_reset(token)

    def _log(self, request, response, started) -> None:
        if request.path.startswith(self.quiet_prefixes) and response.status_code < 400:
            return
        status = response.status_code
        level = (
            logging.ERROR
            if status >= 500
            else logging.WARNING
            if status >= 400
            else logging.INFO
        )
        logger.log(
            level,
            "%s %s %s",
            request.method,
            request.path,
            status,
            extra={
                "method": request.method,
                "path": request.path,
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": _user_id(request),
                "database_outage": getattr(request, "database_outage", False),
            },
        )
