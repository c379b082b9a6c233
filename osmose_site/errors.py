"""The site's error pages: French, in the site's layout, with a way back.

Rendered without the request's context processors, so no query reaches the
database (no member menu, no bell): they still render when it is down. Django
calls the handlers named in `osmose_site.urls` (400, 403, 404, 500) and
`CSRF_FAILURE_VIEW`; `ErrorPageMiddleware` dresses the empty 405 answers of
`require_http_methods` and friends.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import requires_csrf_token


def _back_url(request) -> str:
    referer = request.META.get("HTTP_REFERER", "") if request is not None else ""
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return ""


def error_response(request, status: int, template: str | None = None) -> HttpResponse:
    """The French error page for `status`, without touching the database."""
    try:
        back_url = _back_url(request)
    except Exception:  # noqa: BLE001 - a disallowed Host header must not recurse
        back_url = ""
    html = loader.get_template(template or f"{status}.html").render(
        {"SITE_NAME": settings.SITE_NAME, "status": status, "back_url": back_url}
    )
    return HttpResponse(html, status=status)


@requires_csrf_token
def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        return error_response(request, 413)
    return error_response(request, 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return error_response(request, 403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return error_response(request, 404)


@requires_csrf_token
def server_error(request):
    return error_response(request, 500)


def csrf_failure(request, reason=""):
    return error_response(request, 403, "403_csrf.html")


class ErrorPageMiddleware:
    """Give an empty 405 answer (e.g. from `require_POST`) the French page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not getattr(response, "streaming", False):
            if not response.content:
                page = error_response(request, 405)
                page["Allow"] = response.get("Allow", "")
                return page
        return response
