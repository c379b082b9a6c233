"""Fail when the French catalogues miss a string of the code.

Runs `make makemessages` on a copy-safe basis: the catalogues are restored
afterwards, and only their content (msgids), not gettext's line wrapping, is
compared.
"""

import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from compile_messages import po_files  # noqa: E402


def _entries(path: Path) -> set[tuple]:
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural)
        for entry in polib.pofile(str(path))
        if not entry.obsolete
    }


def main() -> int:
    originals = {path: path.read_bytes() for path in po_files()}
    before = {path: _entries(path) for path in originals}
    try:
        subprocess.run(  # noqa: S603 - fixed command
            ["make", "--no-print-directory", "makemessages"],  # noqa: S607
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        after = {path: _entries(path) for path in po_files()}
    finally:
        for path in set(po_files()) - set(originals):
            path.unlink()
        for path, content in originals.items():
            path.write_bytes(content)
    status = 0
    for path in sorted(set(before) | set(after)):
        missing = after.get(path, set()) - before.get(path, set())
        stale = before.get(path, set()) - after.get(path, set())
        name = path.relative_to(ROOT)
        for _, msgid, _ in sorted(missing, key=str):
            print(f"{name}: not in the catalogue: {msgid!r}")  # noqa: T201
            status = 1
        for _, msgid, _ in sorted(stale, key=str):
            print(f"{name}: no longer in the code: {msgid!r}")  # noqa: T201
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
