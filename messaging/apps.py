from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def _message_url(member) -> str:
    return reverse("messaging:start", args=[member.username])


def _may_write_to(viewer, member) -> bool:
    return viewer.is_authenticated and viewer.pk != member.pk and member.is_active


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Messaging")

    def ready(self):
        from home.header import register_header_tool
        from home.search_sources import register_search_source
        from messaging import routing, selectors
        from messaging.personal_data import messaging_erase, messaging_export
        from notifications.verbs import Verb, offer_verbs
        from osmose_site.routing import websocket_urlpatterns
        from profiles.actions import register_profile_action
        from profiles.personal_data import register_personal_data

        offer_verbs(Verb.DIRECT_MESSAGE)
        register_personal_data(
            key="messaging",
            label=_("Private messages"),
            order=50,
            export=messaging_export,
            erase=messaging_erase,
        )

        # The project's socket routes are collected in osmose_site.routing.
        for route in routing.websocket_urlpatterns:
            if route not in websocket_urlpatterns:
                websocket_urlpatterns.append(route)
        register_profile_action(
            key="message",
            label=_("Send a message"),
            url=_message_url,
            allowed=_may_write_to,
            icon="fr-icon-chat-3-line",
        )
        register_header_tool(
            key="messages",
            order=10,
            template="messaging/includes/header_tool.html",
            build=selectors.header_tool_context,
        )
        register_search_source(
            key="conversations",
            label=_("My conversations"),
            order=60,
            search=selectors.message_search_for_user,
            template="messaging/includes/search_result.html",
            describe=selectors.message_search_hit,
            sorts_by_date=True,
        )
