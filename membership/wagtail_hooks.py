from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from membership import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path(
            "invitations/", admin_views.invitation_list, name="membership_invitations"
        ),
        path(
            "invitations/nouvelles/",
            admin_views.invitation_create,
            name="membership_invite",
        ),
        path(
            "invitations/<int:pk>/renvoyer/",
            admin_views.invitation_resend,
            name="membership_invitation_resend",
        ),
        path(
            "invitations/<int:pk>/annuler/",
            admin_views.invitation_revoke,
            name="membership_invitation_revoke",
        ),
        path("demandes/", admin_views.request_list, name="membership_requests"),
        path(
            "demandes/<int:pk>/accepter/",
            admin_views.request_decide,
            {"decision": "approve"},
            name="membership_request_approve",
        ),
        path(
            "demandes/<int:pk>/refuser/",
            admin_views.request_decide,
            {"decision": "refuse"},
            name="membership_request_refuse",
        ),
    ]
    return [path("adhesions/", include(urls))]


class AdministratorMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_can_manage_members(request.user)


class MembershipMenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return admin_views.user_can_manage_members(request.user)


@hooks.register("register_admin_menu_item")
def register_membership_menu():
    menu = Menu(
        items=[
            AdministratorMenuItem(
                _("Invitations"), reverse("membership_invitations"), icon_name="mail"
            ),
            AdministratorMenuItem(
                _("Access requests"), reverse("membership_requests"), icon_name="user"
            ),
        ]
    )
    return MembershipMenuItem(_("Membership"), menu, icon_name="group", order=320)
