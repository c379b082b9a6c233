"""Rules for text typed by members that would mislead other members.

* Control characters (CR, LF, NUL...) have no place in a one-line value such
  as a name or a title: a name with a line break made every e-mail that
  carries it in a header fail.
* Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069)
  reorder what follows them: "‮txt.exe" reads "exe.txt". They are removed.
* A text made only of invisible characters (zero-width spaces, joiners, word
  joiner, byte-order mark, soft hyphen) looks empty: it is refused as empty.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
INVISIBLES = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e]")


def bidi_neutralised(text: str) -> str:
    """The text without bidirectional override and isolate characters."""
    return BIDI_CONTROLS.sub("", text or "")


def is_blank(text: str) -> bool:
    """Whether nothing visible is left once invisible characters are removed."""
    return not INVISIBLES.sub("", bidi_neutralised(text)).strip()


def member_text_normalised(text: str) -> str:
    """Multi-line member text as stored: stripped, bidi controls removed."""
    return bidi_neutralised(text or "").strip()


def validate_single_line(value: str) -> None:
    """Refuse control characters and bidi overrides in a name or a title."""
    if any(unicodedata.category(char) == "Cc" for char in value or ""):
        raise ValidationError(
            _("This field cannot contain line breaks or control characters."),
            code="control_characters",
        )
    if BIDI_CONTROLS.search(value or ""):
        raise ValidationError(
            _("This field cannot contain characters that change the text direction."),
            code="bidi_controls",
        )
    if value and is_blank(value):
        raise ValidationError(_("This field cannot be left blank."), code="blank")
