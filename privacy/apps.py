from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = _("Personal data")

    def ready(self):
        from privacy.logins import logins_erase, logins_export
        from profiles.personal_data import register_personal_data

        register_personal_data(
            key="sign_ins",
            label=_("Sign-ins"),
            order=90,
            export=logins_export,
            erase=logins_erase,
        )
