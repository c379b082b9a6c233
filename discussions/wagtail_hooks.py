"""Discussion spaces in the Wagtail admin: themes, threads and message moderation.

Only administrators (the Administrateur group, superusers) see or reach them.
Threads are opened on the site (their first message is written there); the
admin renames, moves, pins, locks and deletes them through the services.
"""

from django.contrib import admin, messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register
from wagtail_modeladmin.views import CreateView, DeleteView, EditView

from discussions.models import Message, Theme, Thread
from discussions.permissions import is_administrator
from discussions.selectors import message_moderation_queryset
from discussions.services import thread_delete, thread_update
from home.admin_access import ListersOnlyHistoryView


class AdministratorsOnly(PermissionHelper):
    def user_can_list(self, user):
        return is_administrator(user)

    def user_can_create(self, user):
        return is_administrator(user)

    def user_can_inspect_obj(self, user, obj):
        return self.inspect_view_enabled and is_administrator(user)

    def user_can_edit_obj(self, user, obj):
        return is_administrator(user)

    def user_can_delete_obj(self, user, obj):
        return is_administrator(user)


class MessagePermissionHelper(AdministratorsOnly):
    """Moderators list, inspect, hide and restore; nobody edits a member's words."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ThemeAdmin(ModelAdmin):
    history_view_class = ListersOnlyHistoryView
    model = Theme
    menu_label = _("Themes")
    menu_icon = "folder-open-inverse"
    permission_helper_class = AdministratorsOnly
    list_display = ("title", "slug", "order")
    ordering = ("order", "title")
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("order"),
    ]


class ThreadCreateView(CreateView):
    """Threads are opened on the site, where their first message is written."""

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_helper.user_can_create(request.user):
            return super().dispatch(request, *args, **kwargs)
        return redirect("discussions:thread_create")


class ThreadEditView(EditView):
    def form_valid(self, form):
        data = form.cleaned_data
        thread = thread_update(
            by=self.request.user,
            thread=Thread.objects.get(pk=self.instance.pk),
            title=data["title"],
            theme=data["theme"],
            pinned=data["pinned"],
            locked=data["locked"],
        )
        self.instance = thread
        messages.success(self.request, self.get_success_message(thread))
        return redirect(self.get_success_url())


class ThreadDeleteView(DeleteView):
    def delete_instance(self):
        thread_delete(by=self.request.user, thread=self.instance)


class ThreadAdmin(ModelAdmin):
    history_view_class = ListersOnlyHistoryView
    model = Thread
    menu_label = _("Threads")
    menu_icon = "list-ul"
    permission_helper_class = AdministratorsOnly
    create_view_class = ThreadCreateView
    edit_view_class = ThreadEditView
    delete_view_class = ThreadDeleteView
    list_display = (
        "title",
        "theme",
        "message_count",
        "last_activity_at",
        "pinned",
        "locked",
        "site_link",
    )
    list_filter = ("theme", "pinned", "locked")
    search_fields = ("title",)
    ordering = ("-pinned", "-last_activity_at")
    list_per_page = 50
    panels = [
        FieldPanel("title"),
        FieldPanel("theme"),
        FieldPanel("pinned"),
        FieldPanel("locked"),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("theme")

    @admin.display(description=_("on the site"))
    def site_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>', obj.get_absolute_url(), gettext("See")
        )


class ReportedFilter(admin.SimpleListFilter):
    title = _("reports")
    parameter_name = "reported"

    def lookups(self, request, model_admin):
        return [
            ("open", _("reported, to handle")),
            ("any", _("reported at least once")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.filter(open_reports__gt=0)
        if self.value() == "any":
            return queryset.filter(Q(reports__isnull=False)).distinct()
        return queryset


class MessageAdmin(ModelAdmin):
    history_view_class = ListersOnlyHistoryView
    model = Message
    menu_label = _("Messages")
    menu_icon = "comment"
    permission_helper_class = MessagePermissionHelper
    inspect_view_enabled = True
    inspect_view_fields = [
        "thread",
        "author",
        "text",
        "status",
        "created_at",
        "edited_at",
        "reply_to",
        "moderated_by",
        "moderated_at",
        "moderation_reason",
    ]
    list_display = (
        "excerpt",
        "author_name",
        "thread_link",
        "status",
        "open_reports",
        "created_at",
        "moderation",
    )
    list_filter = (ReportedFilter, "status")
    search_fields = ("text", "author__username", "author__last_name")
    ordering = ("-created_at",)
    list_per_page = 50

    def get_queryset(self, request):
        return message_moderation_queryset()

    @admin.display(description=_("message"))
    def excerpt(self, obj):
        return Truncator(obj.text).chars(80) or "—"

    @admin.display(description=_("author"))
    def author_name(self, obj):
        if obj.author is None:
            return "—"
        return obj.author.get_full_name() or obj.author.get_username()

    @admin.display(description=_("thread"))
    def thread_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>', obj.get_absolute_url(), obj.thread.title
        )

    @admin.display(description=_("open reports"), ordering="open_reports")
    def open_reports(self, obj):
        return obj.open_reports

    @admin.display(description=_("moderation"))
    def moderation(self, obj):
        if obj.status == Message.Status.PUBLISHED:
            url, label = reverse("discussions:hide", args=[obj.pk]), gettext("Hide")
        elif obj.status == Message.Status.HIDDEN:
            url = reverse("discussions:restore", args=[obj.pk])
            label = gettext("Restore")
        else:
            return ""
        action = format_html(
            '<a class="button button-small" href="{}">{}</a>', url, label
        )
        if not obj.open_reports:
            return action
        dismiss = format_html(
            '<a class="button button-small button-secondary" href="{}">{}</a>',
            reverse("discussions:dismiss_reports", args=[obj.pk]),
            gettext("Close the reports"),
        )
        return format_html("{} {}", action, dismiss)


class DiscussionsAdminGroup(ModelAdminGroup):
    menu_label = _("Discussion spaces")
    menu_icon = "group"
    menu_order = 310
    items = (ThemeAdmin, ThreadAdmin, MessageAdmin)


modeladmin_register(DiscussionsAdminGroup)
