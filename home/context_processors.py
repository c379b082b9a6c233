"""What the shared layout needs about the member, cached per member."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.functional import SimpleLazyObject

from home.member_cache import member_cached, member_forget

ADMIN_ACCESS_CACHE = "admin"


def _can_access_admin(user) -> bool:
    return bool(user.is_staff or user.has_perm("wagtailadmin.access_admin"))


def layout(request):
    """`can_access_admin` for the header's "Administration" link: no query once
    cached (a permission check costs two)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"can_access_admin": False}
    return {
        "can_access_admin": SimpleLazyObject(
            lambda: member_cached(
                ADMIN_ACCESS_CACHE, user.pk, lambda: _can_access_admin(user)
            )
        )
    }


def user_roles_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """A member's groups or permissions changed, or a group's permissions did."""
    if not action.startswith("post_"):
        return
    if isinstance(instance, Group):
        user_ids = instance.user_set.values_list("pk", flat=True)
    elif isinstance(instance, get_user_model()):
        user_ids = [instance.pk]
    else:  # a permission's groups or users, changed from the other side
        user_ids = list(pk_set or ()) if model is get_user_model() else []
        if model is Group:
            user_ids = (
                get_user_model()
                .objects.filter(groups__in=pk_set or ())
                .values_list("pk", flat=True)
            )
    member_forget(ADMIN_ACCESS_CACHE, user_ids)


def user_saved(sender, instance, raw=False, **kwargs):
    member_forget(ADMIN_ACCESS_CACHE, [instance.pk])
