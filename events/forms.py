from django import forms
from django.utils.translation import gettext_lazy as _

from events.models import EventType


class EventFilterForm(forms.Form):
    type = forms.ModelChoiceField(
        label=_("Type of event"),
        queryset=EventType.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All types"),
    )


class ParticipationForm(forms.Form):
    REGISTER = "register"
    UNREGISTER = "unregister"

    action = forms.ChoiceField(
        choices=[
            (REGISTER, _("I'm taking part")),
            (UNREGISTER, _("I'm no longer taking part")),
        ]
    )
