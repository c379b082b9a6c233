from django import template
from django.contrib.auth import get_user_model

from home.member_cache import member_cached
from profiles.models import PHOTO_CACHE, Profile

register = template.Library()

AVATAR_TONES = 6


def initials_for(user) -> str:
    """ "HM" for Hélène Martin; the username's first letters without a name."""
    first, last = (user.first_name or "").strip(), (user.last_name or "").strip()
    if first or last:
        return f"{first[:1]}{last[:1]}".upper()
    return user.get_username()[:2].upper()


def _photo_url(user, size: str) -> str:
    try:
        profile = user.profile
    except (Profile.DoesNotExist, AttributeError):
        return ""
    photo = profile.photo_medium if size == "medium" else profile.photo_small
    return photo.url if photo else ""


def photo_url_for(user, size: str) -> str:
    """The photo's address; from the cache when the profile was not loaded with the
    user (the header's own avatar on every page), so it costs no query."""
    descriptor = getattr(get_user_model(), "profile", None)
    if user.pk is None or descriptor is None or descriptor.is_cached(user):
        return _photo_url(user, size)
    return member_cached(
        f"{PHOTO_CACHE}-{size}", user.pk, lambda: _photo_url(user, size)
    )


@register.inclusion_tag("profiles/tags/avatar.html")
def avatar(user, size: str = "small", label: str = ""):
    """A member's photo, or their initials on a colour derived from their id.

    Load `profile` with the user (select_related) so lists stay at one query.
    Without `label` the avatar is decorative: the name must be written next to it.
    """
    return {
        "photo_url": photo_url_for(user, size),
        "initials": initials_for(user),
        "tone": (user.pk or 0) % AVATAR_TONES,
        "size": size if size in ("small", "medium") else "small",
        "label": label,
    }


@register.filter
def display_name(user) -> str:
    """Full name, or the username when the member has not given one."""
    return user.get_full_name() or user.get_username()
