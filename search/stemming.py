"""French word forms for the embedded SQLite search, which has no stemmer.

Text and queries both go through the same Snowball French stemmer, after
folding case and accents, so "webinaires" meets "webinaire" and
"dématérialisation" meets "dématérialisé", as on PostgreSQL's `french_unaccent`.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

WORD = re.compile(r"\w+")
_stemmer = Stemmer.Stemmer("french")


def fold(text: str) -> str:
    """Lower case without accents: "Dématérialisé" -> "dematerialise"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(fold(word))


def stem_text(text: str) -> str:
    """Every word of `text` replaced by its folded French stem."""
    return " ".join(stem(word) for word in WORD.findall(text or ""))
