"""Sign-in pages: password, ProConnect, invitations and pending requests."""

import requests
from django.conf import settings
from django.contrib import auth
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.http import require_POST
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from membership import proconnect, selectors, services
from membership.forms import InvitationAcceptForm, PasswordLoginForm
from membership.models import AccountRequest

PENDING_SESSION_KEY = "membership_pending_request"


@method_decorator(login_not_required, name="dispatch")
class LoginView(auth_views.LoginView):
    authentication_form = PasswordLoginForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["proconnect_enabled"] = proconnect.is_enabled()
        return context


def _problem(request, *, title: str, message: str, status: int):
    return render(
        request,
        "membership/signin_problem.html",
        {"title": title, "message": message, "proconnect_enabled": True},
        status=status,
    )


def _unavailable(request):
    return _problem(
        request,
        title=_("ProConnect is unavailable"),
        message=_(
            "ProConnect does not answer at the moment. Try again in a few "
            "minutes, or sign in with your password if you have one."
        ),
        status=503,
    )


def _require_proconnect():
    if not proconnect.is_enabled():
        raise Http404


@method_decorator(login_not_required, name="dispatch")
class ProConnectStartView(OIDCAuthenticationRequestView):
    """Send the browser to ProConnect with a fresh state, nonce and PKCE
    challenge kept in the session."""

    def __init__(self, **kwargs):
        View.__init__(self, **kwargs)
        self.OIDC_RP_CLIENT_ID = self.get_settings("OIDC_RP_CLIENT_ID")

    @staticmethod
    def get_settings(attr, *args):
        return import_from_settings(attr, *args)

    def get(self, request):
        _require_proconnect()
        try:
            self.OIDC_OP_AUTH_ENDPOINT = proconnect.endpoint(
                "OIDC_OP_AUTHORIZATION_ENDPOINT"
            )
        except proconnect.ProConnectUnavailable:
            return _unavailable(request)
        return super().get(request)


@method_decorator(login_not_required, name="dispatch")
class ProConnectCallbackView(OIDCAuthenticationCallbackView):
    """ProConnect's answer: state, nonce, PKCE and signatures are checked by
    mozilla-django-oidc; every refusal gets a French page."""

    user = None

    def get(self, request):
        _require_proconnect()
        if request.GET.get("error"):
            super().get(request)
            return _problem(
                request,
                title=_("Sign-in cancelled"),
                message=_(
                    "ProConnect did not sign you in. You may try again from the "
                    "sign-in page."
                ),
                status=400,
            )
        try:
            return super().get(request)
        except proconnect.ProConnectUnavailable:
            return _unavailable(request)
        except requests.HTTPError:
            return _problem(
                request,
                title=_("Sign-in refused"),
                message=_(
                    "ProConnect refused to confirm this sign-in (the link may "
                    "have been used already). Start again from the sign-in page."
                ),
                status=400,
            )
        except requests.RequestException:
            return _unavailable(request)
        except SuspiciousOperation:
            return self._security_failure()

    def _security_failure(self):
        return _problem(
            self.request,
            title=_("Sign-in could not be verified"),
            message=_(
                "The answer from ProConnect did not match the sign-in started on "
                "this browser, so it was refused. Start again from the sign-in page."
            ),
            status=400,
        )

    def login_failure(self):
        user = self.user
        if user is None:
            return self._security_failure()
        account_request = AccountRequest.objects.filter(user=user).first()
        if account_request and account_request.status == AccountRequest.Status.PENDING:
            self.request.session[PENDING_SESSION_KEY] = account_request.pk
            return redirect("membership_request_pending")
        if account_request and account_request.status == AccountRequest.Status.REFUSED:
            return _problem(
                self.request,
                title=_("Access refused"),
                message=_(
                    "An administrator refused your request to join OSMOSE. Contact "
                    "the programme's team if you think this is a mistake."
                ),
                status=403,
            )
        return _problem(
            self.request,
            title=_("Account deactivated"),
            message=_(
                "Your OSMOSE account is deactivated. Contact the programme's team "
                "to have it opened again."
            ),
            status=403,
        )


@login_not_required
def request_pending(request):
    """All a person whose access request waits for an administrator sees."""
    account_request = (
        AccountRequest.objects.filter(
            pk=request.session.get(PENDING_SESSION_KEY),
            status=AccountRequest.Status.PENDING,
        )
        .select_related("user")
        .first()
    )
    if account_request is None:
        return redirect("login")
    return render(
        request, "membership/request_pending.html", {"account_request": account_request}
    )


@require_POST
@login_not_required
def logout(request):
    """End the OSMOSE session, then the ProConnect one when it opened it."""
    id_token = request.session.get("oidc_id_token")
    auth.logout(request)
    login_url = reverse(settings.LOGOUT_REDIRECT_URL)
    if id_token and proconnect.is_enabled():
        try:
            return HttpResponseRedirect(
                proconnect.end_session_url(
                    id_token=id_token,
                    post_logout_redirect_uri=request.build_absolute_uri(login_url),
                )
            )
        except (proconnect.ProConnectUnavailable, KeyError):
            pass
    return redirect(login_url)


PROBLEMS = {
    selectors.INVALID: (
        404,
        gettext_lazy("This invitation link is not valid"),
        gettext_lazy(
            "Check that you copied the whole link from the e-mail. Ask an "
            "administrator for a new invitation if it still does not work."
        ),
    ),
    selectors.USED: (
        410,
        gettext_lazy("This invitation has already been used"),
        gettext_lazy(
            "An invitation opens one account only. Sign in with the account you "
            "created, or reset your password if you forgot it."
        ),
    ),
    selectors.REVOKED: (
        410,
        gettext_lazy("This invitation has been withdrawn"),
        gettext_lazy(
            "An administrator withdrew this invitation. Contact them if you "
            "should still join OSMOSE."
        ),
    ),
    selectors.EXPIRED: (
        410,
        gettext_lazy("This invitation has expired"),
        gettext_lazy(
            "Invitation links are valid for a limited time. Ask an administrator "
            "to send you the invitation again."
        ),
    ),
}


@login_not_required
def invitation_accept(request, token: str):
    """Set a password and complete the profile from an invitation link."""
    invitation, problem = selectors.invitation_for_token(token)
    if problem:
        status, title, message = PROBLEMS[problem]
        return _problem(request, title=title, message=message, status=status)
    if proconnect.is_enabled() and proconnect.domain_requires_proconnect(
        invitation.email
    ):
        # No password for these addresses: the first ProConnect sign-in with
        # the invited address accepts the invitation.
        return render(
            request, "membership/invitation_proconnect.html", {"invitation": invitation}
        )
    form = InvitationAcceptForm(
        request.POST or None,
        email=invitation.email,
        initial={"username": services.username_suggestion(invitation.email)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            user = services.invitation_accept(
                invitation=invitation,
                username=form.cleaned_data["username"],
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                organisation=form.cleaned_data["organisation"],
                password=form.cleaned_data["password1"],
            )
        except services.InvitationUnavailable:
            status, title, message = PROBLEMS[selectors.USED]
            return _problem(request, title=title, message=message, status=status)
        auth.login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("/")
    return render(
        request,
        "membership/invitation_accept.html",
        {
            "form": form,
            "invitation": invitation,
            "proconnect_enabled": proconnect.is_enabled(),
        },
    )
