"""Project-wide views: health check and members-only media files."""

import mimetypes
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import SuspiciousFileOperation
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.utils._os import safe_join
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@login_not_required
@never_cache
@require_safe
def healthz(request):
    """Answer 200 when the database answers with its schema, 503 otherwise (JSON).

    "SELECT 1" is not enough: SQLite answers it from an empty file it has just
    created in place of a deleted database. The migrations table must be there
    and list at least one migration.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM django_migrations LIMIT 1")
            migrated = cursor.fetchone() is not None
    except Exception:  # noqa: BLE001 - any database failure makes us unhealthy
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    if not migrated:
        return JsonResponse({"status": "error", "database": "no schema"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def protected_media(request, path):
    """Serve an uploaded file to a logged-in member only (login is checked upstream).

    In production the bytes go through the reverse proxy's internal location
    (X-Accel-Redirect) so Django only answers the access decision.
    """
    try:
        full_path = Path(safe_join(settings.MEDIA_ROOT, path))
    except SuspiciousFileOperation as err:
        raise Http404 from err
    relative = Path(os.path.relpath(full_path, settings.MEDIA_ROOT)).as_posix()
    if any(
        f"{relative}/".startswith(prefix)
        for prefix in getattr(settings, "MEDIA_PRIVATE_PREFIXES", [])
    ):
        # Served only by their own app's views, which check collection privacy.
        raise Http404
    if settings.MEDIA_ACCEL_REDIRECT_PREFIX:
        response = HttpResponse()
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_REDIRECT_PREFIX + relative
        content_type, _ = mimetypes.guess_type(path)
        response["Content-Type"] = content_type or "application/octet-stream"
    else:
        if not full_path.is_file():
            raise Http404
        response = FileResponse(full_path.open("rb"))
    response["Cache-Control"] = "private, max-age=3600"
    # Shown inline (profile photos...): whatever the file is, it runs nothing
    # on the site's origin.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
