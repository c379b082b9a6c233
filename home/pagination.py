"""One way to cut a list into pages, for every paginated list of the site."""

from django.core.paginator import Page, Paginator


def paginate(items, *, page_number, per_page: int) -> Page:
    """The asked page of `items`: the first for a missing or malformed number,
    the last for a number past the end. The page carries `pages_list`, the
    shortened list of page numbers (with "…") that the DSFR pagination shows.
    """
    paginator = Paginator(items, per_page)
    try:
        number = int(page_number)
    except (TypeError, ValueError):
        number = 1
    number = min(max(number, 1), paginator.num_pages)
    page = paginator.page(number)
    page.pages_list = list(
        paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)
    )
    return page
