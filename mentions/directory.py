"""Resolve mention candidates to active members, through the cache.

A text costs at most one query, and none once its mentions are cached, so a
list of comments stays at a constant number of queries when its selector calls
`mentions_prefetch()` first. Any change to a user or a profile starts a new
cache generation, so renames and deactivations show at once.
"""

import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from mentions.parsing import NAME, TOKEN, USERNAME, Candidate, mention_sites

CACHE_TIMEOUT = 10 * 60
VERSION_KEY = "mentions:generation"


@dataclass(frozen=True)
class Member:
    pk: int
    username: str
    name: str


@dataclass(frozen=True)
class Mention:
    """A resolved mention: where it sits in the text and whom it names."""

    start: int
    end: int
    member: Member


def _generation() -> int:
    generation = cache.get(VERSION_KEY)
    if generation is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(VERSION_KEY, 0)
    return generation


def generation_bump() -> None:
    """Forget every cached resolution."""
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


# Saves that touch none of these (e.g. the last_login update) keep the cache.
RELEVANT_FIELDS = {"username", "first_name", "last_name", "is_active", "full_name_key"}


def _member_saved(sender, update_fields=None, **kwargs) -> None:
    if update_fields is None or RELEVANT_FIELDS.intersection(update_fields):
        generation_bump()


def _member_deleted(sender, **kwargs) -> None:
    generation_bump()


def _cache_key(generation: int, kind: str, key: str) -> str:
    digest = hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()
    return f"mentions:{generation}:{kind}:{digest}"


def _lookup_key(candidate: Candidate) -> tuple[str, str]:
    # A token and a hand-typed username name the same member.
    kind = USERNAME if candidate.kind == TOKEN else candidate.kind
    return kind, candidate.key


def _query(
    usernames: set[str], names: set[str]
) -> dict[tuple[str, str], Member | None]:
    User = get_user_model()
    lowered = {username.lower() for username in usernames}
    rows = (
        User.objects.filter(is_active=True)
        .filter(
            Q(username__in=usernames | lowered) | Q(profile__full_name_key__in=names)
        )
        .values_list(
            "pk", "username", "first_name", "last_name", "profile__full_name_key"
        )
    )
    by_username, by_lower, by_name = {}, {}, {}
    for pk, username, first_name, last_name, name_key in rows:
        member = Member(
            pk=pk,
            username=username,
            name=f"{first_name} {last_name}".strip() or username,
        )
        by_username[username] = member
        by_lower.setdefault(username.lower(), member)
        if name_key in names:
            by_name.setdefault(name_key, {})[pk] = member
    found = {}
    for username in usernames:
        found[USERNAME, username] = by_username.get(username) or by_lower.get(
            username.lower()
        )
    for name in names:
        namesakes = by_name.get(name, {})
        # A name shared by two members names nobody: the token disambiguates.
        found[NAME, name] = (
            next(iter(namesakes.values())) if len(namesakes) == 1 else None
        )
    return found


def resolve(lookups: set[tuple[str, str]]) -> dict[tuple[str, str], Member | None]:
    """Members for (kind, key) pairs: cache first, then one query for the rest."""
    if not lookups:
        return {}
    generation = _generation()
    keys = {lookup: _cache_key(generation, *lookup) for lookup in lookups}
    cached = cache.get_many(list(keys.values()))
    found = {}
    missing = set()
    for lookup, key in keys.items():
        if key in cached:
            value = cached[key]
            found[lookup] = Member(*value) if value else None
        else:
            missing.add(lookup)
    if missing:
        fetched = _query(
            {key for kind, key in missing if kind == USERNAME},
            {key for kind, key in missing if kind == NAME},
        )
        found.update(fetched)
        cache.set_many(
            {
                keys[lookup]: (member.pk, member.username, member.name)
                if member
                else ()
                for lookup, member in fetched.items()
            },
            timeout=CACHE_TIMEOUT,
        )
    return found


def _lookups(sites) -> set[tuple[str, str]]:
    return {_lookup_key(candidate) for site in sites for candidate in site}


def mentions_in(text: str) -> list[Mention]:
    """The resolved mentions of a text, in order (unknown names left out)."""
    sites = mention_sites(text)
    members = resolve(_lookups(sites))
    mentions = []
    for site in sites:
        for candidate in site:
            member = members.get(_lookup_key(candidate))
            if member is not None:
                mentions.append(Mention(candidate.start, candidate.end, member))
                break
    return mentions


def mentions_prefetch(texts: Iterable[str]) -> None:
    """Resolve the mentions of many texts in one query, so rendering them costs none."""
    lookups = set()
    for text in texts:
        lookups |= _lookups(mention_sites(text))
    resolve(lookups)


def connect() -> None:
    from profiles.models import Profile

    User = get_user_model()
    for model in (User, Profile):
        post_save.connect(
            _member_saved, sender=model, dispatch_uid=f"mentions.saved.{model.__name__}"
        )
        post_delete.connect(
            _member_deleted,
            sender=model,
            dispatch_uid=f"mentions.deleted.{model.__name__}",
        )
