"""Request input the site refuses before any view reads it, and id parsing.

* NUL characters cannot be stored or even compared in PostgreSQL text: a NUL in
  a query string or a URL made searches, the members directory, the mention
  autocomplete and member pages answer 500. `InputGuardMiddleware` answers
  the French 400 page instead, for the path, query string and form fields.
* `str.isdigit()` accepts "²" or "١٢" (non-ASCII digits): `ascii_id` accepts
  only what `int()` reads as the same number in every database.
"""

import re

from django.core.exceptions import SuspiciousOperation

_ASCII_ID = re.compile(r"[0-9]{1,18}")


class InvalidInput(SuspiciousOperation):
    """Input no view can handle: answered with the 400 page."""


def ascii_id(value) -> int | None:
    """The id written in `value` with ASCII digits only, else None."""
    if value is None:
        return None
    text = str(value)
    return int(text) if _ASCII_ID.fullmatch(text) else None


def _has_nul(values) -> bool:
    return any("\x00" in value for value in values)


class InputGuardMiddleware:
    """400 for a NUL character in the path, a query parameter or a form field."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            raise InvalidInput("NUL character in the path")
        for data in (request.GET, request.POST if request.method == "POST" else {}):
            if _has_nul(data.keys()) or any(
                _has_nul(data.getlist(key)) for key in data
            ):
                raise InvalidInput("NUL character in the request")
        return self.get_response(request)
