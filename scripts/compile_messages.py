"""Compile every django.po of the project into its .mo with polib.

Unlike `manage.py compilemessages`, this needs no GNU gettext, so a fresh
machine with only Python can build the French translations.
"""

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {".venv", "node_modules", ".git", "var"}


def po_files():
    for path in ROOT.rglob("locale/*/LC_MESSAGES/*.po"):
        if not SKIPPED.intersection(path.relative_to(ROOT).parts):
            yield path


def main() -> None:
    for po_path in po_files():
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        print(f"compiled {mo_path.relative_to(ROOT)}")  # noqa: T201


if __name__ == "__main__":
    main()
