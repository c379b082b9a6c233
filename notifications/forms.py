from django import forms
from django.utils.translation import gettext_lazy as _

from notifications.verbs import IMMEDIATE_EMAIL_VERBS, offered_verbs


class PreferencesForm(forms.Form):
    """Two checkboxes per verb: shown on the site, sent by e-mail."""

    def __init__(self, *args, preferences: dict[str, tuple[bool, bool]], **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = []
        for verb in offered_verbs():
            on_site, by_email = preferences[verb]
            site_field = f"{verb}_site"
            email_field = f"{verb}_email"
            self.fields[site_field] = forms.BooleanField(
                label=_("On the site"), required=False, initial=on_site
            )
            self.fields[email_field] = forms.BooleanField(
                label=(
                    _("By e-mail, at once")
                    if verb in IMMEDIATE_EMAIL_VERBS
                    else _("By e-mail, in the daily digest")
                ),
                required=False,
                initial=by_email,
            )
            self.rows.append(
                {
                    "label": verb.label,
                    "site": self[site_field],
                    "email": self[email_field],
                }
            )

    def choices(self) -> dict[str, tuple[bool, bool]]:
        return {
            verb: (
                self.cleaned_data[f"{verb}_site"],
                self.cleaned_data[f"{verb}_email"],
            )
            for verb in offered_verbs()
        }
