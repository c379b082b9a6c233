"""Editors see what members search for, and which searches find nothing."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.models import QueryStat

PROMOTE_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"
LISTED = 50


def query_report(request):
    if not request.user.has_perm(PROMOTE_PERMISSION):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "search/admin/query_report.html",
        {
            "frequent": list(
                QueryStat.objects.order_by("-hits", "query_string")[:LISTED]
            ),
            "without_result": list(
                QueryStat.objects.filter(last_result_count=0).order_by(
                    "-hits_without_result", "query_string"
                )[:LISTED]
            ),
            "promotions_url": reverse("wagtailsearchpromotions:index"),
        },
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("recherches/", query_report, name="search_query_report")]


class QueryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PROMOTE_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_query_report_menu_item():
    return QueryReportMenuItem(
        _("Members' searches"),
        reverse("search_query_report"),
        name="members-searches",
        icon_name="search",
        order=1310,
    )
