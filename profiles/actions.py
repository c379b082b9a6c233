"""Registry of the actions offered on a member's public profile.

A service registers, from its AppConfig.ready(), a button shown on other
members' profiles (e.g. "Envoyer un message"), so profiles never imports it:

    register_profile_action(
        key="message",
        label=_("Send a message"),
        url=lambda member: reverse("messaging:start", args=[member.username]),
        allowed=lambda viewer, member: viewer != member,  # optional
    )

`url` and `allowed` must cost no query: the profile page calls them for every
registered action.
"""

from collections.abc import Callable
from dataclasses import dataclass


def _always(viewer, member) -> bool:
    return True


@dataclass(frozen=True)
class ProfileAction:
    key: str
    label: str
    url: Callable[..., str]
    allowed: Callable[..., bool] = _always
    icon: str = ""


_actions: dict[str, ProfileAction] = {}


def register_profile_action(
    *,
    key: str,
    label: str,
    url: Callable[..., str],
    allowed: Callable[..., bool] = _always,
    icon: str = "",
) -> None:
    """Add (or replace) an action; url(member) -> str, allowed(viewer, member) -> bool.

    `icon` is a DSFR icon class, e.g. "fr-icon-mail-line".
    """
    _actions[key] = ProfileAction(
        key=key, label=label, url=url, allowed=allowed, icon=icon
    )


def profile_actions_for(*, viewer, member) -> list[dict]:
    """The actions `viewer` may take on `member`'s profile, as label, url, icon."""
    return [
        {
            "key": action.key,
            "label": action.label,
            "url": action.url(member),
            "icon": action.icon,
        }
        for action in _actions.values()
        if action.allowed(viewer, member)
    ]
