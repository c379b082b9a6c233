"""Reported messages in the Wagtail admin: moderators see the reported message
alone, never the conversation around it."""

from django.contrib import admin
from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from home.admin_access import ListersOnlyHistoryView
from messaging.models import MessageReport
from messaging.services import (
    message_hide,
    message_report_dismiss,
    message_user_can_moderate,
)

INDEX_URL_NAME = "messaging_messagereport_modeladmin_index"


class ReportPermissionHelper(PermissionHelper):
    """Moderators list and inspect reports; nobody writes a member's words here."""

    def user_can_list(self, user):
        return message_user_can_moderate(user)

    def user_can_inspect_obj(self, user, obj):
        return message_user_can_moderate(user)

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class MessageReportAdmin(ModelAdmin):
    history_view_class = ListersOnlyHistoryView
    model = MessageReport
    menu_label = gettext_lazy("Reported messages")
    menu_icon = "warning"
    menu_order = 310
    add_to_admin_menu = True
    permission_helper_class = ReportPermissionHelper
    inspect_view_enabled = True
    inspect_view_fields = ["reporter", "reason", "status", "created_at", "handled_by"]
    inspect_template_name = "messaging/admin/inspect.html"
    list_display = (
        "excerpt",
        "author_name",
        "reporter",
        "reason",
        "status",
        "created_at",
    )
    list_filter = ("status",)
    ordering = ("-created_at",)
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("message", "message__author", "reporter")
        )

    @admin.display(description=gettext_lazy("the message"))
    def excerpt(self, obj):
        return Truncator(obj.message.text).chars(120)

    @admin.display(description=gettext_lazy("its author"))
    def author_name(self, obj):
        author = obj.message.author
        if author is None:
            return "—"
        return author.get_full_name() or author.get_username()


modeladmin_register(MessageReportAdmin)


@require_POST
def report_handle_view(request, pk: int, action: str):
    """Hide the reported message, or dismiss the report."""
    if not message_user_can_moderate(request.user):
        raise PermissionDenied
    report = get_object_or_404(MessageReport.objects.select_related("message"), pk=pk)
    if action == "hide":
        message_hide(moderator=request.user, message=report.message)
        flash.success(request, _("The message is hidden."))
    else:
        message_report_dismiss(moderator=request.user, report=report)
        flash.success(request, _("The report is dismissed."))
    return redirect(reverse(INDEX_URL_NAME))


@hooks.register("register_admin_urls")
def register_report_admin_urls():
    return [
        path(
            "messages-signales/<int:pk>/<str:action>/",
            report_handle_view,
            name="messaging_admin_report_handle",
        )
    ]
