"""wagtail.users, with the admin's user forms of `profiles.admin_users`."""

from wagtail.users.apps import WagtailUsersAppConfig


class MemberUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "profiles.admin_users.MemberUserViewSet"
