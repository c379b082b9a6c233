from django.shortcuts import get_object_or_404
from wagtail.models import Page

from privacy.models import DataExport
from profiles.personal_data import personal_data_sources

EXPORTS_SHOWN = 5
POLICY_PAGE_SLUG = "donnees-personnelles"


def export_list_for_user(*, user) -> list[DataExport]:
    return list(
        DataExport.objects.filter(user=user).order_by("-created_at")[:EXPORTS_SHOWN]
    )


def export_get_for_user(*, user, export_id) -> DataExport:
    """One of the member's own archives; anybody else's answers 404."""
    return get_object_or_404(DataExport, pk=export_id, user=user)


def section_labels() -> list[str]:
    return [source.label for source in personal_data_sources()]


def policy_page_url() -> str:
    page = Page.objects.live().filter(slug=POLICY_PAGE_SLUG).first()
    return page.url if page is not None else ""
