from wagtail import hooks

from home.admin_access import pages_hidden_in_admin_excluded


@hooks.register("construct_explorer_page_queryset")
def hide_restricted_pages_from_explorer(parent_page, pages, request):
    return pages_hidden_in_admin_excluded(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def hide_restricted_pages_from_chooser(pages, request):
    return pages_hidden_in_admin_excluded(pages, request.user)
