"""Back-office access rules Wagtail's own permissions do not express."""

from django.core.exceptions import PermissionDenied

from home.admin_access import restricted_admin_page_id


class AdminPageRestrictionMiddleware:
    """403 for every admin URL about a page whose restriction keeps the user out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/pages/") and (
            restricted_admin_page_id(request) is not None
        ):
            raise PermissionDenied
        return self.get_response(request)
