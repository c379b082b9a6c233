from django import forms
from django.contrib.auth import get_user_model
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from mentions.directory import mentions_in
from messaging.models import MESSAGE_MAX_LENGTH
from messaging.services import message_text_clean
from osmose_site.text import validate_single_line


class MessageForm(forms.Form):
    # No maxlength attribute: a browser would silently cut a pasted text, while
    # the server refuses it with a message and gives the whole text back.
    text = forms.CharField(
        label=_("Your message"),
        help_text=format_lazy(
            _("Plain text; web addresses become links. {max} characters at most."),
            max=MESSAGE_MAX_LENGTH,
        ),
        widget=forms.Textarea(attrs={"rows": 3, "data-mentions": ""}),
        error_messages={"required": _("Your message is empty.")},
    )

    def clean_text(self):
        return message_text_clean(self.cleaned_data["text"])


class MembersField(forms.CharField):
    """Members typed as @mentions ("@jdupont", "@Jean Dupont"), with autocomplete."""

    widget = forms.Textarea(attrs={"rows": 2, "data-mentions": ""})

    def clean(self, value):
        value = super().clean(value)
        members = {mention.member.pk for mention in mentions_in(value or "")}
        if value and not members:
            raise forms.ValidationError(
                _("No member found: type “@” followed by a name or a username.")
            )
        return list(get_user_model().objects.filter(pk__in=members, is_active=True))


class GroupForm(forms.Form):
    title = forms.CharField(
        label=_("Name of the group"),
        max_length=120,
        validators=[validate_single_line],
        error_messages={"required": _("Give the group a name.")},
    )
    members = MembersField(
        label=_("Members"),
        help_text=_("Type “@” then a name to add each member (50 members at most)."),
        error_messages={"required": _("Choose at least one other member.")},
    )


class AddMembersForm(forms.Form):
    members = MembersField(
        label=_("Members to add"),
        help_text=_("Type “@” then a name to add each member."),
        error_messages={"required": _("Choose at least one member.")},
    )


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you report this message?"),
        help_text=_("Only the moderators read it, with the reported message alone."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
    )
