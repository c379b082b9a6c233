"""Confirmation pages of the back office's member deactivation and erasure."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from profiles.personal_data import (
    FORMER_MEMBER_USERNAME,
    deactivate_member,
    erase_member,
)


def _member_for(request, user_id):
    from privacy.wagtail_hooks import may_manage_members

    if not may_manage_members(request.user):
        raise PermissionDenied
    member = get_object_or_404(get_user_model(), pk=user_id)
    if member.pk == request.user.pk or member.username == FORMER_MEMBER_USERNAME:
        raise PermissionDenied
    if member.is_superuser and not request.user.is_superuser:
        raise PermissionDenied
    return member


def member_deactivate(request, user_id):
    member = _member_for(request, user_id)
    if request.method == "POST":
        deactivate_member(member, by=request.user)
        messages.success(
            request,
            _(
                "%(name)s can no longer sign in; their sessions and calendar "
                "address have ended."
            )
            % {"name": member.get_full_name() or member.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "privacy/admin/confirm.html",
        {
            "member": member,
            "action": "deactivate",
            "page_title": _("Deactivate a member"),
        },
    )


def member_erase(request, user_id):
    member = _member_for(request, user_id)
    if request.method == "POST":
        name = member.get_full_name() or member.get_username()
        erase_member(member, by=request.user)
        messages.success(
            request,
            _("%(name)s has been erased; their contributions now read “Ancien membre”.")
            % {"name": name},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "privacy/admin/confirm.html",
        {"member": member, "action": "erase", "page_title": _("Erase a member")},
    )
