"""Administrators' pages in the Wagtail admin: invitations and access requests."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from membership import selectors, services
from membership.forms import InviteForm
from membership.models import AccountRequest, Invitation

MANAGE_PERMISSION = "auth.add_user"
PER_PAGE = 50


def user_can_manage_members(user) -> bool:
    """Administrateur (and superusers): invite, approve and refuse members."""
    return bool(user.is_active and user.has_perm(MANAGE_PERMISSION))


def _check(request) -> None:
    if not user_can_manage_members(request.user):
        raise PermissionDenied


def _page(request, items):
    return Paginator(items, PER_PAGE).get_page(request.GET.get("p"))


def invitation_list(request):
    _check(request)
    page = _page(request, selectors.invitations_pending())
    return render(
        request,
        "membership/admin/invitation_list.html",
        {
            "header_title": _("Invitations"),
            "page_title": _("Pending invitations"),
            "header_icon": "mail",
            "page_obj": page,
        },
    )


def invitation_create(request):
    _check(request)
    form = InviteForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = services.invitations_create(
            emails_text=form.cleaned_data["emails"],
            group=form.cleaned_data["group"],
            invited_by=request.user,
        )
        if result.invited and not result.refused:
            messages.success(
                request,
                _("%(count)d invitation(s) sent.") % {"count": len(result.invited)},
            )
            return redirect("membership_invitations")
        # Keep the refused lines in the form so they can be corrected.
        form = InviteForm(
            initial={
                "emails": "\n".join(line for _n, line, _why in result.refused),
                "group": form.cleaned_data["group"].pk,
            }
        )
    return render(
        request,
        "membership/admin/invitation_form.html",
        {
            "header_title": _("Invite members"),
            "page_title": _("Invite members"),
            "header_icon": "mail",
            "form": form,
            "result": result,
            "invitation_days": settings.MEMBERSHIP_INVITATION_DAYS,
        },
    )


@require_POST
def invitation_resend(request, pk: int):
    _check(request)
    invitation = get_object_or_404(Invitation, pk=pk)
    try:
        services.invitation_resend(invitation=invitation)
    except services.InvitationUnavailable:
        messages.error(request, _("This invitation is no longer pending."))
    else:
        messages.success(
            request, _("Invitation sent again to %(email)s.") % {"email": invitation}
        )
    return redirect("membership_invitations")


@require_POST
def invitation_revoke(request, pk: int):
    _check(request)
    invitation = get_object_or_404(Invitation, pk=pk)
    services.invitation_revoke(invitation=invitation)
    messages.success(
        request, _("Invitation to %(email)s withdrawn.") % {"email": invitation}
    )
    return redirect("membership_invitations")


def request_list(request):
    _check(request)
    page = _page(request, selectors.account_requests_pending())
    return render(
        request,
        "membership/admin/request_list.html",
        {
            "header_title": _("Access requests"),
            "page_title": _("Access requests"),
            "header_icon": "user",
            "page_obj": page,
        },
    )


@require_POST
def request_decide(request, pk: int, decision: str):
    _check(request)
    account_request = get_object_or_404(AccountRequest, pk=pk)
    email = account_request.user.email
    if decision == "approve":
        services.account_request_approve(
            account_request=account_request, by=request.user
        )
        messages.success(request, _("%(email)s may now sign in.") % {"email": email})
    else:
        services.account_request_refuse(
            account_request=account_request, by=request.user
        )
        messages.success(request, _("Request of %(email)s refused.") % {"email": email})
    return redirect("membership_requests")
