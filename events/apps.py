from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Calendar")

    def ready(self):
        from wagtail.signals import page_published

        from events.models import EventPage
        from events.notices import participants_notify
        from events.personal_data import events_erase, events_export, events_revoke
        from events.selectors import home_section_for_user
        from events.signals import event_changed, event_published_receiver
        from home.sections import register_home_section
        from notifications.verbs import Verb, offer_verbs
        from profiles.personal_data import register_personal_data

        page_published.connect(
            event_published_receiver,
            sender=EventPage,
            dispatch_uid="events.event_published",
        )
        event_changed.connect(
            participants_notify,
            sender=EventPage,
            dispatch_uid="events.participants_notify",
        )
        offer_verbs(Verb.NEW_EVENT, Verb.EVENT_CHANGED, Verb.EVENT_CANCELLED)
        register_personal_data(
            key="events",
            label=_("Calendar"),
            order=60,
            export=events_export,
            erase=events_erase,
            deactivate=events_revoke,
        )
        register_home_section(
            key="events",
            order=20,
            template="events/home_section.html",
            build=home_section_for_user,
        )
