"""Accent- and case-insensitive keys for searching and matching member names."""

import re
import unicodedata

from anyascii import anyascii

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case ASCII form of a text: "Hélène  Lefèvre" -> "helene lefevre"."""
    text = anyascii(unicodedata.normalize("NFKC", text or "")).lower()
    return _SPACES.sub(" ", text).strip()


def full_name_key(*, first_name: str, last_name: str) -> str:
    """The key a hand-typed "@Prénom Nom" mention is matched against."""
    return fold(f"{first_name} {last_name}")


def search_key(*parts: str) -> str:
    """One folded string holding every searchable field of a member."""
    return fold(" ".join(part for part in parts if part))
