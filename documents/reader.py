"""The child process that reads one library file under memory and CPU limits.

    python -m documents.reader PATH EXTENSION OUTPUT_DIR MAX_MEMORY MAX_CPU_SECONDS

Started by `documents.sandbox` only. It lowers its own limits first
(`resource.setrlimit`), then reads the file with `documents.processing` and
writes `result.json` (status, text, page count) and, when the file has a first
page or is an image, `preview.jpg` and `thumbnail.jpg` into OUTPUT_DIR.
Statuses: "ok", "too_large" (a cap or a limit was hit), "damaged".
"""

import json
import resource
import sys
from pathlib import Path

from documents import processing

RESULT_NAME = "result.json"
PREVIEW_NAME = "preview.jpg"
THUMBNAIL_NAME = "thumbnail.jpg"


def _limit(max_memory: int, max_cpu_seconds: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))
    # The soft limit sends SIGXCPU, which ends the process; the hard one a
    # second later, SIGKILL.
    resource.setrlimit(resource.RLIMIT_CPU, (max_cpu_seconds, max_cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _write(output: Path, result: dict) -> None:
    (output / RESULT_NAME).write_text(json.dumps(result), encoding="utf-8")


def main(argv: list[str]) -> int:
    path, extension, output_dir, max_memory, max_cpu = argv
    output = Path(output_dir)
    _limit(int(max_memory), int(max_cpu))
    try:
        contents = processing.read_file(path, extension)
        previews = (
            processing.render_previews(contents.image) if contents.image else None
        )
    except (processing.LimitExceeded, MemoryError) as err:
        _write(output, {"status": "too_large", "detail": str(err)[:300]})
        return 0
    except Exception as err:  # noqa: BLE001 - any reader failure: damaged file
        _write(output, {"status": "damaged", "detail": str(err)[:300]})
        return 0
    if previews:
        (output / PREVIEW_NAME).write_bytes(previews[0])
        (output / THUMBNAIL_NAME).write_bytes(previews[1])
    _write(
        output,
        {"status": "ok", "text": contents.text, "page_count": contents.page_count},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
