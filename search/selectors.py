from wagtail.models import Page, Site


def page_search_for_user(*, user, query: str, request):
    """Live pages of the current site matching the query, visible to this member."""
    site = Site.find_for_request(request)
    pages = Page.objects.live()
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    if not user.is_authenticated:
        pages = pages.public()
    return pages.specific().search(query)
