from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from home import roles
from membership import proconnect
from osmose_site.forms import LoginForm


class PasswordLoginForm(LoginForm):
    """Password sign-in, refused to the domains that must use ProConnect."""

    error_messages = {
        **LoginForm.error_messages,
        "proconnect_required": _(
            "Accounts of your organisation sign in with ProConnect: use the "
            "“S’identifier avec ProConnect” button."
        ),
    }

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if proconnect.domain_requires_proconnect(user.email or ""):
            raise forms.ValidationError(
                self.error_messages["proconnect_required"], code="proconnect_required"
            )


class InviteForm(forms.Form):
    emails = forms.CharField(
        label=_("E-mail addresses"),
        help_text=_("One address a line."),
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    group = forms.ModelChoiceField(
        label=_("Role"),
        queryset=Group.objects.filter(name__in=roles.ROLES).order_by("pk"),
        empty_label=None,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].initial = (
            Group.objects.filter(name=roles.MEMBER).values_list("pk", flat=True).first()
        )


class InvitationAcceptForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        help_text=_("You will sign in with it. Letters, digits and . _ only."),
        validators=[RegexValidator(r"^[\w.]+\Z", _("Letters, digits and . _ only."))],
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        help_text=_("At least 10 characters, not only digits."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email: str, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def clean_username(self):
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This username is taken: choose another."))
        return username

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2:
            if password1 != password2:
                self.add_error("password2", _("The two passwords differ."))
            else:
                user = get_user_model()(
                    username=cleaned.get("username", ""),
                    email=self.email,
                    first_name=cleaned.get("first_name", ""),
                    last_name=cleaned.get("last_name", ""),
                )
                try:
                    password_validation.validate_password(password1, user)
                except forms.ValidationError as error:
                    self.add_error("password1", error)
        return cleaned
