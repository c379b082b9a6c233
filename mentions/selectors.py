"""Reads for the "@" autocomplete."""

from django.db.models import Q

from profiles.models import Profile
from profiles.selectors import query_terms

MAX_CANDIDATES = 8


def mention_candidates(*, query: str, viewer, limit: int = MAX_CANDIDATES) -> list:
    """Active members whose name or username holds every word typed (any accents)."""
    terms = query_terms(query)[:3]
    if not terms:
        return []
    profiles = Profile.objects.filter(user__is_active=True).select_related("user")
    if viewer is not None and viewer.is_authenticated:
        profiles = profiles.exclude(user=viewer)
    for term in terms:
        profiles = profiles.filter(
            Q(full_name_key__contains=term) | Q(user__username__icontains=term)
        )
    return list(
        profiles.order_by("user__last_name", "user__first_name", "user__username")[
            : min(limit, MAX_CANDIDATES)
        ]
    )
