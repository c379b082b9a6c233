"""The one rule for who may see which Wagtail page.

A member may see a page when it is live, under the default site's root, and every
view restriction of the page and of its ancestors lets them through: "login"
lets any signed-in member through, "groups" lets those groups' members (and
superusers) through. A password-protected page asks for its password on its own
URL, which lists, feeds, searches and notifications never have: it is never
listed, for anyone.

`pages_visible_to(user)` filters pages for one member; its twin
`page_viewers(page)` narrows a User queryset to the members who may see one page.
Every list, search, feed and notification that shows pages goes through them.
"""

from collections.abc import Callable
from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet, Subquery
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)

# Cached on the user object, which lives for one request: a page such as the
# home asks several services for their pages.
_CACHE_ATTRIBUTE = "_osmose_page_visibility"


def _restriction_lets_through(restriction, user, group_ids: set[int]) -> bool:
    kind = restriction.restriction_type
    if not user.is_authenticated or kind == PageViewRestriction.PASSWORD:
        return False
    if kind == PageViewRestriction.LOGIN or user.is_superuser:
        return True
    if kind == PageViewRestriction.GROUPS:
        return bool(group_ids & {group.pk for group in restriction.groups.all()})
    return False


def _site_root_path() -> str:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.path if site is not None else ""


def _site_root_path_subquery() -> Subquery:
    return Subquery(
        Site.objects.filter(is_default_site=True).values("root_page__path")[:1]
    )


def _rule_for(user) -> list[str]:
    """Paths of the restricted subtrees this user may not see."""
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    restrictions = list(
        PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    )
    group_ids: set[int] = set()
    if user.is_authenticated and any(
        r.restriction_type == PageViewRestriction.GROUPS for r in restrictions
    ):
        group_ids = set(user.groups.values_list("pk", flat=True))
    hidden = [
        restriction.page.path
        for restriction in restrictions
        if not _restriction_lets_through(restriction, user, group_ids)
    ]
    try:
        setattr(user, _CACHE_ATTRIBUTE, hidden)
    except AttributeError:  # e.g. a lazy object that refuses attributes
        pass
    return hidden


def admin_hidden_page_paths(user) -> list[str]:
    """Paths of the subtrees a group restriction keeps this user out of.

    The back office's rule (``home.admin_access``): drafts and password-protected
    pages stay reachable by their editors, a group restriction does not.
    """
    if not user.is_authenticated:
        return []
    restrictions = [
        restriction
        for restriction in _restrictions_with_groups()
        if restriction.restriction_type == PageViewRestriction.GROUPS
    ]
    if not restrictions:
        return []
    group_ids = set(user.groups.values_list("pk", flat=True))
    return [
        restriction.page.path
        for restriction in restrictions
        if not _restriction_lets_through(restriction, user, group_ids)
    ]


def _restrictions_with_groups():
    return PageViewRestriction.objects.select_related("page").prefetch_related("groups")


def forget_visibility(user) -> None:
    """Drop the rules cached on this user object (after changing restrictions)."""
    for attribute in (_CACHE_ATTRIBUTE, _COLLECTION_CACHE_ATTRIBUTE):
        if hasattr(user, attribute):
            delattr(user, attribute)


def pages_visible_to(user, pages: QuerySet | None = None) -> QuerySet:
    """Narrow `pages` (default: every page) to the live ones this user may see."""
    if pages is None:
        pages = Page.objects.all()
    hidden = _rule_for(user)
    pages = pages.live().filter(path__startswith=_site_root_path_subquery())
    if hidden:
        pages = pages.exclude(reduce(or_, (Q(path__startswith=p) for p in hidden)))
    return pages


def page_is_visible_to(page: Page, user) -> bool:
    """Whether this user may see this one page (same rule as the lists)."""
    if page is None or page.pk is None or not page.live:
        return False
    hidden = _rule_for(user)
    return page.path.startswith(_site_root_path()) and not any(
        page.path.startswith(path) for path in hidden
    )


def page_viewers(page: Page) -> Callable[[QuerySet], QuerySet]:
    """A filter narrowing a User queryset to the members who may see `page`.

    The twin of `pages_visible_to`: inactive accounts, a draft page, a page
    outside the site and a password-protected page keep nobody; a group
    restriction keeps that group's members and superusers. Costs a constant
    number of queries whatever the number of users.
    """
    root_path = _site_root_path()
    restrictions = list(
        PageViewRestriction.objects.filter(
            page__in=page.get_ancestors(inclusive=True)
        ).prefetch_related("groups")
    )
    visible_at_all = page.live and page.path.startswith(root_path)

    def narrow(users: QuerySet) -> QuerySet:
        users = users.filter(is_active=True)
        if not visible_at_all:
            return users.none()
        memberships = get_user_model().groups.through.objects
        for restriction in restrictions:
            kind = restriction.restriction_type
            if kind == PageViewRestriction.PASSWORD:
                return users.none()
            if kind == PageViewRestriction.GROUPS:
                group_ids = [group.pk for group in restriction.groups.all()]
                users = users.filter(
                    Q(is_superuser=True)
                    | Q(
                        pk__in=memberships.filter(group_id__in=group_ids).values(
                            "user_id"
                        )
                    )
                )
        return users

    return narrow


# Collections follow the same rule: Wagtail's CollectionViewRestriction ("private,
# accessible to users in specific groups") hides a collection and its
# sub-collections from everyone outside those groups. Password restrictions make
# no sense behind a login: hidden.
_COLLECTION_CACHE_ATTRIBUTE = "_osmose_collection_visibility"


def _hidden_collection_paths(user) -> list[str]:
    if user.is_superuser:
        return []
    hidden, group_ids = [], None
    restrictions = CollectionViewRestriction.objects.select_related(
        "collection"
    ).prefetch_related("groups")
    for restriction in restrictions:
        kind = restriction.restriction_type
        if user.is_authenticated and kind in (
            CollectionViewRestriction.NONE,
            CollectionViewRestriction.LOGIN,
        ):
            continue
        if user.is_authenticated and kind == CollectionViewRestriction.GROUPS:
            if group_ids is None:
                group_ids = set(user.groups.values_list("id", flat=True))
            if {group.id for group in restriction.groups.all()} & group_ids:
                continue
        hidden.append(restriction.collection.path)
    return hidden


def collection_ids_visible_to(user) -> list[int] | None:
    """Ids of the collections this user may see, or None when all are visible."""
    if not hasattr(user, _COLLECTION_CACHE_ATTRIBUTE):
        hidden = _hidden_collection_paths(user)
        visible = None
        if hidden:
            restricted = reduce(or_, (Q(path__startswith=path) for path in hidden))
            visible = list(
                Collection.objects.exclude(restricted).values_list("id", flat=True)
            )
        try:
            setattr(user, _COLLECTION_CACHE_ATTRIBUTE, visible)
        except AttributeError:
            return visible
    return getattr(user, _COLLECTION_CACHE_ATTRIBUTE)


def collection_is_visible_to(collection_id: int, user) -> bool:
    if not user.is_authenticated:
        return False
    visible = collection_ids_visible_to(user)
    return visible is None or collection_id in visible


def collection_viewers(collection: Collection) -> Callable[[QuerySet], QuerySet]:
    """A filter narrowing a User queryset to the members who may see `collection`."""
    restrictions = list(collection.get_view_restrictions().prefetch_related("groups"))

    def narrow(users: QuerySet) -> QuerySet:
        users = users.filter(is_active=True)
        memberships = get_user_model().groups.through.objects
        for restriction in restrictions:
            kind = restriction.restriction_type
            if kind in (
                CollectionViewRestriction.NONE,
                CollectionViewRestriction.LOGIN,
            ):
                continue
            allowed = Q(is_superuser=True)
            if kind == CollectionViewRestriction.GROUPS:
                group_ids = [group.pk for group in restriction.groups.all()]
                allowed |= Q(
                    pk__in=memberships.filter(group_id__in=group_ids).values("user_id")
                )
            users = users.filter(allowed)
        return users

    return narrow
