"""Reading a library file in a child process with memory and time limits.

The processing task calls `read_in_child`; the web or worker process never
parses an uploaded file itself. The child (`documents.reader`) limits its own
address space and CPU time with `resource.setrlimit`; a wall-clock timeout
ends it if it sleeps or waits. Whatever happens there, this process only reads
a small JSON result and two JPEG files.
"""

import json
import logging
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from documents import reader

logger = logging.getLogger(__name__)

READY = "ok"
TOO_LARGE = "too_large"
DAMAGED = "damaged"


@dataclass
class ChildReading:
    status: str
    text: str = ""
    page_count: int | None = None
    previews: tuple[bytes, bytes] | None = None
    detail: str = ""


def read_in_child(path: str, extension: str) -> ChildReading:
    """What the file contains, read by a limited child process."""
    max_memory = settings.DOCUMENTS_PROCESSING_MAX_MEMORY
    max_cpu = settings.DOCUMENTS_PROCESSING_MAX_SECONDS
    with tempfile.TemporaryDirectory(prefix="osmose-reader-") as output_dir:
        command = [
            sys.executable,
            "-m",
            "documents.reader",
            path,
            extension,
            output_dir,
            str(max_memory),
            str(max_cpu),
        ]
        try:
            finished = subprocess.run(  # noqa: S603 - fixed module, our arguments
                command,
                cwd=settings.BASE_DIR,
                capture_output=True,
                timeout=max_cpu * 2 + 10,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return ChildReading(status=TOO_LARGE, detail="wall-clock timeout")
        return _reading(finished, Path(output_dir))


def _reading(finished: subprocess.CompletedProcess, output: Path) -> ChildReading:
    result_file = output / reader.RESULT_NAME
    if finished.returncode != 0 or not result_file.exists():
        detail = (finished.stderr or b"").decode("utf-8", "replace")[-300:]
        killed_by_limit = finished.returncode in (
            -signal.SIGXCPU,
            -signal.SIGKILL,
        ) or any(
            sign in detail for sign in ("MemoryError", "bad_alloc", "allocate memory")
        )
        return ChildReading(
            status=TOO_LARGE if killed_by_limit else DAMAGED,
            detail=f"exit {finished.returncode}: {detail}",
        )
    result = json.loads(result_file.read_text(encoding="utf-8"))
    previews = None
    preview, thumbnail = output / reader.PREVIEW_NAME, output / reader.THUMBNAIL_NAME
    if result["status"] == READY and preview.exists() and thumbnail.exists():
        previews = (preview.read_bytes(), thumbnail.read_bytes())
    return ChildReading(
        status=result["status"],
        text=result.get("text", ""),
        page_count=result.get("page_count"),
        previews=previews,
        detail=result.get("detail", ""),
    )
