"""The FAQ in the Wagtail admin: categories, and the votes on each entry."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from faq.models import FaqCategory, FaqEntryPage
from faq.selectors import faq_vote_counts
from home.admin_access import ListersOnlyHistoryView


class FaqCategoryViewSet(SnippetViewSet):
    model = FaqCategory
    icon = "folder-open-inverse"
    menu_label = _("FAQ categories")
    add_to_admin_menu = False
    list_display = ["name", "slug"]


register_snippet(FaqCategoryViewSet)


class FaqVotesAdmin(ModelAdmin):
    """Which answers help, and which to improve: "yes" and "no" per entry."""

    history_view_class = ListersOnlyHistoryView
    model = FaqEntryPage
    menu_label = _("FAQ votes")
    menu_icon = "help"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ("title", "category", "helpful_yes", "helpful_no", "live")
    list_filter = ("category",)
    search_fields = ("title",)
    ordering = ("-helpful_no", "title")

    def get_queryset(self, request):
        return faq_vote_counts().select_related("category")

    @admin.display(description=_("Helpful"), ordering="helpful_yes")
    def helpful_yes(self, entry):
        return entry.helpful_yes

    @admin.display(description=_("Not helpful"), ordering="helpful_no")
    def helpful_no(self, entry):
        return entry.helpful_no


modeladmin_register(FaqVotesAdmin)
