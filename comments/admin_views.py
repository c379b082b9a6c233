"""Moderation views of the Wagtail admin (bulk hide from the comments list)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from comments.models import Comment
from comments.services import comment_hide_many, comment_user_can_moderate
from osmose_site.input import ascii_id

INDEX_URL_NAME = "comments_comment_modeladmin_index"


@require_POST
def comment_bulk_hide_view(request):
    """Hide the ticked comments of the admin list with one reason."""
    if not comment_user_can_moderate(request.user):
        raise PermissionDenied
    back = request.POST.get("next") or reverse(INDEX_URL_NAME)
    if not back.startswith("/admin/"):
        back = reverse(INDEX_URL_NAME)
    ids = [
        ascii_id(value)
        for value in request.POST.getlist("comments")
        if ascii_id(value) is not None
    ]
    reason = request.POST.get("reason", "").strip()
    if not ids:
        messages.error(request, _("Tick the comments to hide first."))
        return redirect(back)
    if not reason:
        messages.error(request, _("Give the reason for hiding."))
        return redirect(back)
    hidden = comment_hide_many(
        moderator=request.user,
        comments=Comment.objects.filter(pk__in=ids).order_by("pk"),
        reason=reason,
    )
    messages.success(
        request,
        ngettext("%(count)d comment hidden.", "%(count)d comments hidden.", hidden)
        % {"count": hidden},
    )
    return redirect(back)
