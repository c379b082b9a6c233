from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentionsConfig(AppConfig):
    name = "mentions"
    verbose_name = _("Mentions")

    def ready(self):
        from mentions import directory
        from notifications.verbs import Verb, offer_verbs

        offer_verbs(Verb.MENTION, Verb.REPLY)
        directory.connect()
