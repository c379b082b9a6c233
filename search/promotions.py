"""Results editors promote for chosen queries (wagtail.contrib.search_promotions)."""

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from home.visibility import pages_visible_to


def promoted_pages_for_user(*, user, query: str) -> list[SearchPromotion]:
    """The promotions of this query whose page this member may see (or an
    external link), in the editors' order."""
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query)[:255]
        )
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    page_ids = {p.page_id for p in promotions if p.page_id}
    visible = set(
        pages_visible_to(user).filter(pk__in=page_ids).values_list("pk", flat=True)
        if page_ids
        else []
    )
    return [
        promotion
        for promotion in promotions
        if (promotion.page_id in visible)
        or (not promotion.page_id and promotion.external_link_url)
    ]
