import re

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from osmose_site.text import validate_single_line
from profiles import images

PHONE_RE = re.compile(r"^[0-9+().\s-]{6,30}$")


class ProfileForm(forms.Form):
    """What a member may change on their own profile."""

    first_name = forms.CharField(
        label=_("First name"), max_length=150, validators=[validate_single_line]
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=150, validators=[validate_single_line]
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=150,
        required=False,
        validators=[validate_single_line],
        help_text=_("For example: service instructeur, DDT, commune."),
    )
    job_title = forms.CharField(
        label=_("Role or job title"),
        max_length=150,
        required=False,
        validators=[validate_single_line],
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    show_email = forms.BooleanField(
        label=_("Show my e-mail address to members"), required=False
    )
    bio = forms.CharField(
        label=_("Short bio"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "data-mentions": ""}),
    )
    photo = forms.FileField(
        # The fieldset's legend already says "Photo".
        label=_("Upload a photo"),
        required=False,
        widget=forms.FileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["photo"].help_text = _(
            "JPEG, PNG, WebP or GIF, %(size)s at most. It is cropped to a square."
        ) % {"size": filesizeformat(images.max_bytes())}

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_RE.match(phone):
            raise ValidationError(_("Enter a valid phone number."), code="invalid")
        return phone

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo:
            images.photo_validate(photo)
        return photo
