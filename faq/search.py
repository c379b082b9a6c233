"""Keyword search over the FAQ: query parsing, question-first ranking, highlighting."""

import re
import unicodedata

from django.db import DatabaseError, transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from modelsearch.query import PlainText
from modelsearch.utils import parse_query_string

MAX_QUERY_LENGTH = 200
# More matches than this are of no use to anyone reading a FAQ.
MAX_MATCHES = 200
WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without accents: "Dématérialisation" -> "dematerialisation"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def query_terms(query: str) -> list[str]:
    """The words of a query worth matching (one-letter words such as "l" are not)."""
    return [word for word in WORD.findall(query[:MAX_QUERY_LENGTH]) if len(word) > 1]


def _root(term: str) -> str:
    # A crude French plural rule, for highlighting only: "délais" marks "délai",
    # "instructeurs" marks "instructeur".
    folded = fold(term)
    if len(folded) > 4 and folded[-1] in "sx":
        return folded[:-1]
    return folded


def highlight(text: str, terms: list[str]) -> SafeString:
    """`text` escaped, with the words that match a term wrapped in <mark>."""
    roots = {_root(term) for term in terms}
    pieces = []
    position = 0
    for match in WORD.finditer(text or ""):
        pieces.append(escape(text[position : match.start()]))
        word = match.group()
        folded = fold(word)
        if roots and any(folded.startswith(root) for root in roots):
            pieces.append(f"<mark>{escape(word)}</mark>")
        else:
            pieces.append(escape(word))
        position = match.end()
    pieces.append(escape((text or "")[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def _attempts(query: str) -> list:
    """What to ask the backend, most precise first.

    The member's own syntax (quoted phrases) with every word required, then any
    word; then the bare words, for a query the backend cannot parse.
    """
    terms = query_terms(query)
    if not terms:
        return []
    plain = " ".join(terms)
    attempts = [
        parse_query_string(query[:MAX_QUERY_LENGTH], operator)[1]
        for operator in ("and", "or")
    ]
    attempts += [PlainText(plain, operator=operator) for operator in ("and", "or")]
    return attempts


def _run(entries, search_query) -> tuple[list, set[int]]:
    matches = list(entries.search(search_query)[:MAX_MATCHES])
    if not matches:
        return [], set()
    title_ids = {
        entry.pk
        for entry in entries.filter(pk__in=[match.pk for match in matches])
        .select_related(None)
        .only("pk")
        .search(search_query, fields=["title"])
    }
    return matches, title_ids


def search_entries(entries, query: str) -> list:
    """Entries of the queryset matching `query`, questions matches first.

    Never raises on odd input: quotes, operators or markup the backend cannot
    parse fall back to the plain words.
    """
    for search_query in _attempts(query):
        try:
            # A failed query aborts the transaction on PostgreSQL: keep it apart.
            with transaction.atomic():
                matches, title_ids = _run(entries, search_query)
        except DatabaseError:
            continue
        if matches:
            # Stable sort: the backend's relevance order holds within each group.
            return sorted(matches, key=lambda entry: entry.pk not in title_ids)
    return []
