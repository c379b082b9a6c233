"""What editors reach in the Wagtail admin: only what they may see on the site.

The roles grant their document and image permissions on the root collection
and their page permissions on the home page, so that new collections and
pages are covered without touching the groups. Wagtail lets a permission on a
node reach every node below it, view restrictions included: an editor would
list, open, edit and move the documents of a collection restricted to
administrators, and open a page restricted to them.

Two rules close that:

* `VisibleCollectionOwnershipPermissionPolicy`, registered for documents and
  images, keeps from every collection permission the collections the user may
  not view (``home.visibility``): the admin's listings, edit and delete views,
  choosers (the page editor's document and image blocks included) and the
  collection field of the edit form all ask it.
* `restricted_admin_page_id`, used by `AdminPageRestrictionMiddleware`, answers
  403 for every admin URL about a page (edit, preview, history, revisions,
  move, copy, delete...) whose view restrictions keep the user out; the
  explorer and the page chooser leave such pages out (``wagtail_hooks``).

Administrators pass every restriction the community uses (the groups restrict
to Administrateur or to groups they manage); superusers pass every one.
"""

import re

from django.http import HttpRequest
from wagtail.models import Page
from wagtail.permission_policies.collections import (
    CollectionOwnershipPermissionPolicy,
)
from wagtail_modeladmin.views import HistoryView

from home.visibility import admin_hidden_page_paths, collection_ids_visible_to


class VisibleCollectionOwnershipPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's collection policy, minus the collections the user may not view."""

    def _collections_with_perm(self, user, actions):
        collections = super()._collections_with_perm(user, actions)
        visible = collection_ids_visible_to(user)
        if visible is not None:
            collections = collections.filter(id__in=visible)
        return collections

    def _check_perm(self, user, actions, collection=None):
        if collection is not None and not user.is_superuser:
            visible = collection_ids_visible_to(user)
            if visible is not None and collection.pk not in visible:
                return False
        return super()._check_perm(user, actions, collection=collection)


_ADMIN_PAGE_URL = re.compile(r"^/admin/pages/(\d+)/")


def restricted_admin_page_id(request: HttpRequest) -> int | None:
    """The id of the page an admin URL is about, when the user may not see it."""
    match = _ADMIN_PAGE_URL.match(request.path_info)
    user = getattr(request, "user", None)
    if match is None or user is None or not user.is_authenticated:
        return None
    if user.is_superuser:
        return None
    page_id = int(match.group(1))
    if page_is_hidden_in_admin(page_id, user):
        return page_id
    return None


def page_is_hidden_in_admin(page_id: int, user) -> bool:
    """Whether a group restriction of the page or an ancestor keeps the user out.

    Drafts count: what decides is the restriction, not whether the page is
    live. A password restriction does not hide a page from its editors.
    """
    hidden = admin_hidden_page_paths(user)
    if not hidden:
        return False
    path = Page.objects.filter(pk=page_id).values_list("path", flat=True).first()
    return path is not None and any(path.startswith(prefix) for prefix in hidden)


def pages_hidden_in_admin_excluded(pages, user):
    """Narrow a page queryset to those the user may reach in the admin."""
    if user.is_superuser:
        return pages
    for prefix in admin_hidden_page_paths(user):
        pages = pages.exclude(path__startswith=prefix)
    return pages


class ListersOnlyHistoryView(HistoryView):
    """A model admin's history view, for those who may list the model.

    wagtail-modeladmin's own history view checks no permission: any account
    reaching the admin would read who created, edited or hid any object (a
    thread of a restricted theme, a reported message) by its id.
    """

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_list(user)
