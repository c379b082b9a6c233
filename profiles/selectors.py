"""Reads on members and their profiles."""

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from wagtail.search.backends import get_search_backend

from home.search_sources import SearchHit
from profiles import keys
from profiles.models import Profile

User = get_user_model()

MAX_QUERY_TERMS = 5
MAX_TERM_LENGTH = 50


def query_terms(query: str) -> list[str]:
    """The folded words of a search, bounded in number and length."""
    return [term[:MAX_TERM_LENGTH] for term in keys.fold(query).split()][
        :MAX_QUERY_TERMS
    ]


def member_list(*, query: str = "") -> QuerySet:
    """Active members with their profile, by name; every word of `query` must match."""
    members = User.objects.filter(is_active=True).select_related("profile")
    for term in query_terms(query):
        members = members.filter(profile__search_key__contains=term)
    return members.order_by("last_name", "first_name", "username")


def member_get_for_user(*, username: str, user) -> User:
    """An active member's account and profile, or Http404."""
    return get_object_or_404(
        User.objects.select_related("profile"), username=username, is_active=True
    )


def profile_for_user(*, user) -> Profile:
    """The member's own profile (created on the fly for accounts that predate it)."""
    from profiles.services import profile_get_or_create

    return profile_get_or_create(user=user)


def member_profile(*, member) -> Profile:
    """The profile loaded with `member` (select_related), created if missing."""
    try:
        return member.profile
    except Profile.DoesNotExist:
        return profile_for_user(user=member)


def profile_prompt_section(*, user, home) -> dict | None:
    """Home section inviting a member with an incomplete profile to complete it."""
    if not user.is_authenticated:
        return None
    try:
        # The header's profile menu reads the same cached relation: one query.
        profile = user.profile
    except Profile.DoesNotExist:
        return None
    if profile.is_complete or profile.prompt_dismissed_at:
        return None
    return {"profile": profile}


def member_search_for_user(*, user, query: str):
    """Active members whose name, organisation or role matches, best first."""
    profiles = Profile.objects.filter(
        user_id__in=User.objects.filter(is_active=True).values("pk")
    ).select_related("user")
    return get_search_backend().search(query, profiles, operator="and")


def member_search_hit(profile: Profile) -> SearchHit:
    """How a member reads in the site search."""
    member = profile.user
    details = " · ".join(
        part for part in (profile.job_title, profile.organisation) if part
    )
    return SearchHit(
        title=member.get_full_name() or member.get_username(),
        url=reverse("profiles:detail", args=[member.get_username()]),
        text=details,
        context=details,
    )


def member_suggestions_for_user(*, user, query: str, limit: int) -> list[SearchHit]:
    """Members whose name starts with what is typed."""
    profiles = Profile.objects.filter(
        user_id__in=User.objects.filter(is_active=True).values("pk")
    ).select_related("user")
    profiles = get_search_backend().autocomplete(query, profiles)[:limit]
    return [member_search_hit(profile) for profile in profiles]
