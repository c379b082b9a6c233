"""The back office shows members as the site does: photo, or initials."""

from urllib.parse import quote
from xml.sax.saxutils import escape

from wagtail import hooks

from profiles.templatetags.profiles_tags import (
    AVATAR_TONES,
    initials_for,
    photo_url_for,
)

# The site's avatar tones (profiles/css/members.css): background, text.
TONES = [
    ("#e3e3fd", "#000091"),
    ("#c3fad5", "#18753c"),
    ("#feecc2", "#716043"),
    ("#fee9e7", "#ce0500"),
    ("#fee7fc", "#6e445a"),
    ("#e6feda", "#447049"),
]
assert len(TONES) == AVATAR_TONES  # noqa: S101 - keep both palettes in step


def initials_avatar_url(user) -> str:
    """An inline SVG of the member's initials (no request, nothing sent away)."""
    background, colour = TONES[(user.pk or 0) % AVATAR_TONES]
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
        f'<rect width="64" height="64" fill="{background}"/>'
        '<text x="32" y="32" dy=".35em" text-anchor="middle" '
        f'font-family="Marianne, Arial, sans-serif" font-size="26" fill="{colour}">'
        f"{escape(initials_for(user))}</text></svg>"
    )
    return "data:image/svg+xml," + quote(svg)


@hooks.register("get_avatar_url")
def member_avatar_url(user, size):
    if not getattr(user, "pk", None):
        return None
    photo = photo_url_for(user, "medium" if size > 50 else "small")
    return photo or initials_avatar_url(user)
