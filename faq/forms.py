from django import forms
from django.utils.translation import gettext_lazy as _


class FaqVoteForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Did this answer help you?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        error_messages={"required": _("Choose “Yes” or “No”.")},
    )
