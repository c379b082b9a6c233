"""Back office: administrators deactivate or erase a member from the users list."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from privacy import admin_views


def may_manage_members(user) -> bool:
    return user.has_perm("auth.change_user") and user.has_perm("auth.delete_user")


@hooks.register("register_admin_urls")
def privacy_admin_urls():
    return [
        path(
            "membres/<int:user_id>/desactiver/",
            admin_views.member_deactivate,
            name="privacy_member_deactivate",
        ),
        path(
            "membres/<int:user_id>/effacer/",
            admin_views.member_erase,
            name="privacy_member_erase",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def member_lifecycle_buttons(user, request_user):
    if not may_manage_members(request_user) or user.pk == request_user.pk:
        return
    if user.is_active:
        yield ListingButton(
            _("Deactivate"),
            reverse("privacy_member_deactivate", args=[user.pk]),
            priority=80,
            icon_name="lock",
        )
    yield ListingButton(
        _("Erase (GDPR)"),
        reverse("privacy_member_erase", args=[user.pk]),
        priority=90,
        icon_name="bin",
    )
