from wagtail.models import Page

from home.visibility import pages_visible_to


def page_search_for_user(*, user, query: str):
    """Live pages of the site matching the query that this member may see."""
    return pages_visible_to(user, Page.objects.all()).specific().search(query)
