from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from discussions.models import Theme
from discussions.services import (
    MESSAGE_MAX_LENGTH,
    REPORT_REASON_MAX_LENGTH,
    message_text_clean,
)
from osmose_site.text import validate_single_line

_TEXT_HELP = format_lazy(
    _("Plain text; web addresses become links. {max} characters at most."),
    max=MESSAGE_MAX_LENGTH,
)


def _text_field(label):
    # No maxlength attribute: a browser would silently cut a pasted text, while
    # the server refuses it with a message and gives the whole text back.
    return forms.CharField(
        label=label,
        help_text=_TEXT_HELP,
        # data-mentions: typing "@" offers members (mentions/js/mentions.js).
        widget=forms.Textarea(attrs={"rows": 5, "data-mentions": ""}),
        error_messages={"required": _("Your message is empty.")},
    )


class MessageForm(forms.Form):
    text = _text_field(_("Your message"))
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)
    quote = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean_text(self):
        return message_text_clean(self.cleaned_data["text"])


class MessageEditForm(forms.Form):
    text = _text_field(_("Your message"))

    def clean_text(self):
        return message_text_clean(self.cleaned_data["text"])


class ThreadCreateForm(forms.Form):
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.order_by("order", "title"),
        empty_label=None,
    )
    title = forms.CharField(
        label=_("Question or subject"),
        max_length=255,
        validators=[validate_single_line],
        error_messages={"required": _("Give the thread a title.")},
    )
    text = _text_field(_("Opening message"))

    def clean_text(self):
        return message_text_clean(self.cleaned_data["text"])


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why report this message? (optional)"),
        required=False,
        max_length=REPORT_REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ModerationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("Kept for the moderators; the author does not see it."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason.")},
    )
