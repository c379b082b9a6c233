"""Comment moderation in the Wagtail admin (Administrateur and superusers only)."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import path
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from comments.admin_views import comment_bulk_hide_view
from comments.models import Comment
from comments.targets import comment_target_url, registered_targets
from home.admin_access import ListersOnlyHistoryView
from mentions.rendering import member_text_plain
from osmose_site.input import ascii_id


class CommentTargetTypeFilter(admin.SimpleListFilter):
    title = _("target type")
    parameter_name = "type"

    def lookups(self, request, model_admin):
        return [
            (
                str(ContentType.objects.get_for_model(target.model).pk),
                target.model._meta.verbose_name,
            )
            for target in registered_targets()
        ]

    def queryset(self, request, queryset):
        if ascii_id(self.value()) is not None:
            return queryset.filter(content_type_id=ascii_id(self.value()))
        return queryset


class CommentAuthorFilter(admin.SimpleListFilter):
    title = _("author")
    parameter_name = "author"

    def lookups(self, request, model_admin):
        authors = (
            get_user_model()
            .objects.filter(posted_comments__isnull=False)
            .distinct()
            .order_by("last_name", "first_name", "username")
        )
        return [
            (str(user.pk), user.get_full_name() or user.get_username())
            for user in authors
        ]

    def queryset(self, request, queryset):
        if ascii_id(self.value()) is not None:
            return queryset.filter(author_id=ascii_id(self.value()))
        return queryset


class CommentPermissionHelper(PermissionHelper):
    """Moderators list, inspect and hide; nobody edits a member's words here."""

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class CommentAdmin(ModelAdmin):
    history_view_class = ListersOnlyHistoryView
    model = Comment
    menu_label = _("Comments")
    menu_icon = "comment"
    menu_order = 300
    add_to_admin_menu = True
    permission_helper_class = CommentPermissionHelper
    inspect_view_enabled = True
    inspect_view_fields = [
        "text",
        "author",
        "status",
        "created_at",
        "edited_at",
        "parent",
        "hidden_by",
        "hidden_at",
        "hidden_reason",
    ]
    index_template_name = "comments/admin/index.html"
    list_display = (
        "excerpt",
        "author_name",
        "target_link",
        "status",
        "created_at",
        "tick",
    )
    list_filter = ("status", CommentTargetTypeFilter, CommentAuthorFilter)
    search_fields = (
        "text",
        "author__username",
        "author__first_name",
        "author__last_name",
    )
    ordering = ("-created_at",)
    list_per_page = 50

    def get_queryset(self, request):
        # The target column reads each comment's page or document: one query
        # per target type rather than one per row.
        return (
            super()
            .get_queryset(request)
            .select_related("author")
            .prefetch_related("target")
        )

    @admin.display(description=_("comment"))
    def excerpt(self, obj):
        # Mentions are stored as "@[username]" tokens: show the member's name.
        return Truncator(member_text_plain(obj.text)).chars(120) or "—"

    @admin.display(description=_("author"), ordering="author__last_name")
    def author_name(self, obj):
        if obj.author is None:
            return "—"
        return obj.author.get_full_name() or obj.author.get_username()

    @admin.display(description=_("on"))
    def target_link(self, obj):
        target = obj.target
        if target is None:
            return "—"
        url = comment_target_url(target)
        label = getattr(target, "title", None) or str(target)
        if not url or not obj.is_published:
            return label
        return format_html('<a href="{}#{}">{}</a>', url, obj.anchor, label)

    @admin.display(description=_("select"))
    def tick(self, obj):
        if not obj.is_published:
            return ""
        return format_html(
            '<input type="checkbox" name="comments" value="{}" '
            'form="comments-bulk-hide" aria-label="{} #{}">',
            obj.pk,
            _("Select comment"),
            obj.pk,
        )


modeladmin_register(CommentAdmin)


@hooks.register("register_admin_urls")
def register_comment_admin_urls():
    return [
        path(
            "commentaires/masquer/",
            comment_bulk_hide_view,
            name="comments_admin_bulk_hide",
        )
    ]
