from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(
    path
    for path in ROOT.glob("*/locale/fr/LC_MESSAGES/django.po")
    if path.parts[len(ROOT.parts)] not in {".venv", "var"}
)


def test_every_app_with_strings_has_a_french_catalogue():
    apps_with_catalogue = {path.parts[len(ROOT.parts)] for path in CATALOGUES}

    assert {"osmose_site", "home", "search"} <= apps_with_catalogue


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_is_fully_translated(path):
    catalogue = polib.pofile(str(path))

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert untranslated == []
    assert fuzzy == []
