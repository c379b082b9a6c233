from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from comments.models import COMMENT_MAX_LENGTH
from comments.services import comment_text_clean


class CommentForm(forms.Form):
    # No maxlength attribute: a browser would silently cut a pasted text, while
    # the server refuses it with a message and gives the whole text back.
    text = forms.CharField(
        label=_("Your comment"),
        help_text=format_lazy(
            _("Plain text; web addresses become links. {max} characters at most."),
            max=COMMENT_MAX_LENGTH,
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Your comment is empty.")},
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_text(self):
        return comment_text_clean(self.cleaned_data["text"])


class CommentHideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for hiding"),
        help_text=_("Kept for the moderators; the author does not see it."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": _("Give the reason for hiding.")},
    )
