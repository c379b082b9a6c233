"""Secret tokens of the members' calendar feeds.

A token is a random public `key` (stored) followed by an HMAC of that key under
the project's SECRET_KEY (never stored): a copy of the database alone cannot
rebuild a working address, and checking a token costs the same indexed lookup
and digest comparison whether it is wrong, malformed or missing.
"""

import secrets

from django.utils.crypto import constant_time_compare, salted_hmac

KEY_LENGTH = 24  # characters of token_urlsafe(18)
MAC_LENGTH = 32
_SALT = "events.calendar-feed"
# Looked up in place of a malformed token so every request does the same work.
_PLACEHOLDER_KEY = "-" * KEY_LENGTH


def key_new() -> str:
    return secrets.token_urlsafe(18)


def _mac(key: str) -> str:
    return salted_hmac(_SALT, key, algorithm="sha256").hexdigest()[:MAC_LENGTH]


def token_for_key(key: str) -> str:
    return f"{key}{_mac(key)}"


def split_token(token: str) -> tuple[str, str]:
    """(key, mac) of a token; a placeholder key when it cannot be one."""
    if len(token) != KEY_LENGTH + MAC_LENGTH:
        return _PLACEHOLDER_KEY, ""
    return token[:KEY_LENGTH], token[KEY_LENGTH:]


def mac_matches(key: str, mac: str) -> bool:
    return constant_time_compare(_mac(key), mac)
