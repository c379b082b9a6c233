"""Excerpts of where a query's words matched, with those words marked."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.stemming import WORD, fold, stem

EXCERPT_LENGTH = 240


def _matcher(words: list[str]):
    stems = {stem(word) for word in words if len(word) > 1}
    folded = {fold(word) for word in words if len(word) > 1}

    def matches(word: str) -> bool:
        # Same French stem ("webinaires" marks "webinaire"), or the word starts
        # with what was typed ("urba" marks "urbanisme").
        return stem(word) in stems or any(fold(word).startswith(f) for f in folded)

    return matches


def excerpt(text: str, words: list[str], length: int = EXCERPT_LENGTH) -> SafeString:
    """About `length` characters of `text` around its first matching word,
    escaped, each matching word in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return mark_safe("")
    matches = _matcher(words)
    tokens = list(WORD.finditer(text))
    first = next((t for t in tokens if matches(t.group())), None)
    start = 0
    if first is not None and first.start() > length // 3:
        # Begin at a word boundary a little before the first match.
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = (
            text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
        )
    pieces = ["… " if start else ""]
    position = start
    for token in tokens:
        if token.start() < start or token.end() > end:
            continue
        pieces.append(escape(text[position : token.start()]))
        word = token.group()
        pieces.append(f"<mark>{escape(word)}</mark>" if matches(word) else escape(word))
        position = token.end()
    pieces.append(escape(text[position:end]))
    if end < len(text):
        pieces.append(" …")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
