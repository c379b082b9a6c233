"""Find "@" mentions in member text, without touching the database.

Three forms are recognised, tried in this order at each "@":

* ``@[username]``: the stable token the autocomplete inserts;
* ``@Prénom Nom`` (two to four words, for names such as "Anne de La Fontaine"):
  a member's full name, kept only when it names exactly one active member;
* ``@username``: typed by hand.
"""

import re
from dataclasses import dataclass

from profiles.keys import fold

MAX_MENTION_SITES = 50

TOKEN_RE = re.compile(r"\[(?P<username>[\w.@+-]{1,150})\]")
# An "@" that starts a mention, not one inside an e-mail address or a URL.
AT_RE = re.compile(r"(?<![\w@/.+:-])@")
USERNAME_RE = re.compile(r"[\w.+-]*\w")
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
NAMES_RE = re.compile(
    rf"(?P<w1>{_WORD})(?:[ \u00a0](?P<w2>{_WORD})"
    rf"(?:[ \u00a0](?P<w3>{_WORD})(?:[ \u00a0](?P<w4>{_WORD}))?)?)?"
)

TOKEN = "token"  # noqa: S105 - a kind of mention, not a secret
NAME = "name"
USERNAME = "username"


@dataclass(frozen=True)
class Candidate:
    """One reading of the text after an "@": what to look up and where it ends."""

    kind: str
    key: str
    start: int
    end: int


def token_for(username: str) -> str:
    """The stable mention token of a member, as the autocomplete inserts it."""
    return f"@[{username}]"


def mention_sites(text: str) -> list[list[Candidate]]:
    """For every "@" of `text`, its possible readings, longest first."""
    sites = []
    for match in AT_RE.finditer(text or ""):
        start, after = match.start(), match.end()
        token = TOKEN_RE.match(text, after)
        if token:
            sites.append([Candidate(TOKEN, token["username"], start, token.end())])
        else:
            candidates = []
            names = NAMES_RE.match(text, after)
            if names:
                for last in ("w4", "w3", "w2"):
                    if names[last]:
                        end = names.end(last)
                        key = fold(text[after:end])
                        candidates.append(Candidate(NAME, key, start, end))
            username = USERNAME_RE.match(text, after)
            if username:
                candidates.append(
                    Candidate(USERNAME, username.group(), start, username.end())
                )
            if candidates:
                sites.append(candidates)
        if len(sites) >= MAX_MENTION_SITES:
            break
    return sites
