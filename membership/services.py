"""Writes on membership: invitations, account requests and ProConnect sign-ins."""

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from home import roles
from membership import proconnect
from membership.models import AccountRequest, Invitation, ProConnectIdentity
from notifications.services import notification_send
from notifications.verbs import Verb
from profiles.services import profile_get_or_create, profile_sync_keys

User = get_user_model()


class InvitationUnavailable(Exception):
    """The invitation was used, revoked or has expired meanwhile."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _absolute(path: str) -> str:
    return f"{settings.BASE_URL}{path}"


def _mail(*, to: str, subject: str, template: str, context: dict) -> None:
    """Send a French e-mail once the current transaction commits."""
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(template, {"site_name": settings.SITE_NAME, **context})
        subject = str(subject)
    transaction.on_commit(
        lambda: send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
    )


# Invitations


@dataclass
class BulkInvitation:
    """What a pasted list became: the invitations sent and the refused lines."""

    invited: list[Invitation] = field(default_factory=list)
    # (line number, line as typed, why it was refused)
    refused: list[tuple[int, str, str]] = field(default_factory=list)


def _new_token(invitation: Invitation) -> str:
    token = secrets.token_urlsafe(32)
    invitation.token_hash = token_hash(token)
    now = timezone.now()
    invitation.sent_at = now
    invitation.expires_at = now + timedelta(days=settings.MEMBERSHIP_INVITATION_DAYS)
    return token


def _send_invitation(invitation: Invitation, token: str) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your invitation to %(site)s") % {"site": settings.SITE_NAME}
    _mail(
        to=invitation.email,
        subject=subject,
        template="membership/emails/invitation.txt",
        context={
            "invitation": invitation,
            "link": _absolute(reverse("invitation_accept", args=[token])),
            "days": settings.MEMBERSHIP_INVITATION_DAYS,
            "proconnect": proconnect.is_enabled()
            and proconnect.domain_requires_proconnect(invitation.email),
        },
    )


def _pending_invitations(email: str):
    return Invitation.objects.filter(
        email__iexact=email,
        accepted_at=None,
        revoked_at=None,
        expires_at__gt=timezone.now(),
    )


@transaction.atomic
def invitations_create(*, emails_text: str, group: Group, invited_by) -> BulkInvitation:
    """Invite every valid address of a pasted list (one a line) to `group`.

    Invalid lines, duplicates, existing members and addresses already invited
    are reported line by line; the valid ones are invited all the same.
    """
    result = BulkInvitation()
    seen: set[str] = set()
    for number, line in enumerate(emails_text.splitlines(), start=1):
        email = line.strip().strip(",;").strip()
        if not email:
            continue
        try:
            validate_email(email)
        except ValidationError:
            result.refused.append((number, line, _("not a valid e-mail address")))
            continue
        key = email.lower()
        if key in seen:
            result.refused.append((number, line, _("already in this list")))
            continue
        seen.add(key)
        if User.objects.filter(email__iexact=email).exists():
            result.refused.append((number, line, _("already has an account")))
            continue
        if _pending_invitations(email).exists():
            result.refused.append(
                (number, line, _("already invited: resend the invitation instead"))
            )
            continue
        invitation = Invitation(email=key, group=group, invited_by=invited_by)
        token = _new_token(invitation)
        invitation.save()
        _send_invitation(invitation, token)
        result.invited.append(invitation)
    return result


@transaction.atomic
def invitation_resend(*, invitation: Invitation) -> Invitation:
    """Mail a fresh link valid N days again; the previous link stops working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_pending:
        raise InvitationUnavailable
    token = _new_token(invitation)
    invitation.save(update_fields=["token_hash", "sent_at", "expires_at"])
    _send_invitation(invitation, token)
    return invitation


@transaction.atomic
def invitation_revoke(*, invitation: Invitation) -> Invitation:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.is_pending:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def _unique_username(email: str) -> str:
    base = slugify(email.partition("@")[0]).replace("-", ".")[:120] or "membre"
    base = re.sub(r"[^\w.]", "", base) or "membre"
    username, n = base, 1
    while User.objects.filter(username__iexact=username).exists():
        n += 1
        username = f"{base}{n}"
    return username


def username_suggestion(email: str) -> str:
    return _unique_username(email)


def _accept(invitation: Invitation, user) -> None:
    user.groups.add(invitation.group)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])


@transaction.atomic
def invitation_accept(
    *,
    invitation: Invitation,
    username: str,
    first_name: str,
    last_name: str,
    organisation: str,
    password: str,
):
    """Create the invited member's account; the link then stops working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_pending or invitation.is_expired:
        raise InvitationUnavailable
    user = User.objects.create_user(
        username=username,
        email=invitation.email,
        password=password,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
    )
    _accept(invitation, user)
    _fill_profile(user, organisation=organisation)
    return user


def _fill_profile(user, *, organisation: str) -> None:
    profile = profile_get_or_create(user=user)
    if organisation and not profile.organisation:
        profile.organisation = organisation.strip()[:150]
        profile.save(update_fields=["organisation", "updated_at"])
    profile_sync_keys(user=user)


# Account requests


def administrators():
    return User.objects.filter(
        Q(groups__name=roles.ADMINISTRATOR) | Q(is_superuser=True), is_active=True
    ).distinct()


def _request_account(user) -> AccountRequest:
    request = AccountRequest.objects.create(user=user)
    notification_send(
        recipients=administrators(),
        actor=None,
        verb=Verb.ACCOUNT_REQUEST,
        target=request,
        url=reverse("membership_requests"),
        title=f"{user.get_full_name()} <{user.email}>".strip(),
    )
    return request


@transaction.atomic
def account_request_approve(*, account_request: AccountRequest, by) -> AccountRequest:
    """Let the person in as a Membre and tell them by e-mail."""
    account_request = AccountRequest.objects.select_for_update().get(
        pk=account_request.pk
    )
    if account_request.status != AccountRequest.Status.PENDING:
        return account_request
    user = account_request.user
    user.is_active = True
    user.save(update_fields=["is_active"])
    user.groups.add(Group.objects.get(name=roles.MEMBER))
    _decide(account_request, AccountRequest.Status.APPROVED, by)
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your access to %(site)s is open") % {"site": settings.SITE_NAME}
    _mail(
        to=user.email,
        subject=subject,
        template="membership/emails/request_approved.txt",
        context={"user": user, "link": _absolute(reverse("login"))},
    )
    return account_request


@transaction.atomic
def account_request_refuse(*, account_request: AccountRequest, by) -> AccountRequest:
    """Keep the account closed and tell the person by e-mail."""
    account_request = AccountRequest.objects.select_for_update().get(
        pk=account_request.pk
    )
    if account_request.status != AccountRequest.Status.PENDING:
        return account_request
    _decide(account_request, AccountRequest.Status.REFUSED, by)
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your request to join %(site)s") % {"site": settings.SITE_NAME}
    _mail(
        to=account_request.user.email,
        subject=subject,
        template="membership/emails/request_refused.txt",
        context={"user": account_request.user},
    )
    return account_request


def _decide(account_request: AccountRequest, status: str, by) -> None:
    account_request.status = status
    account_request.decided_at = timezone.now()
    account_request.decided_by = by
    account_request.save(update_fields=["status", "decided_at", "decided_by"])


# ProConnect sign-in


def _organisation(claims: dict) -> str:
    # ProConnect names the organisation by its SIRET; some identity
    # providers add the unit's name.
    unit = str(claims.get("organizational_unit") or "").strip()
    siret = str(claims.get("siret") or "").strip()
    if unit:
        return unit
    return _("SIRET %(siret)s") % {"siret": siret} if siret else ""


def _fill_names(user, claims: dict) -> None:
    changed = []
    for attribute, claim in (("first_name", "given_name"), ("last_name", "usual_name")):
        value = str(claims.get(claim) or "").strip()[:150]
        if value and not getattr(user, attribute):
            setattr(user, attribute, value)
            changed.append(attribute)
    if changed:
        user.save(update_fields=changed)
    _fill_profile(user, organisation=_organisation(claims))


def _link(user, claims: dict) -> None:
    ProConnectIdentity.objects.create(
        user=user,
        sub=claims["sub"],
        siret=str(claims.get("siret") or "")[:14],
        last_login_at=timezone.now(),
    )


@transaction.atomic
def proconnect_member(claims: dict):
    """The account for verified ProConnect claims, or None when ambiguous.

    Matched by `sub`, else linked by e-mail to an existing account; else an
    invitation for the address is accepted, an allowed domain becomes a
    Membre at once, and anybody else gets an inactive account waiting for
    an administrator (who is notified).
    """
    sub = str(claims.get("sub") or "")
    email = str(claims.get("email") or "").strip().lower()
    if not sub or not email:
        return None
    identity = ProConnectIdentity.objects.select_related("user").filter(sub=sub).first()
    if identity is not None:
        identity.last_login_at = timezone.now()
        identity.save(update_fields=["last_login_at"])
        _fill_names(identity.user, claims)
        return identity.user
    # ProConnect only hands out addresses its identity providers verified.
    if claims.get("email_verified") is False:
        return None
    same_email = list(User.objects.filter(email__iexact=email)[:2])
    if len(same_email) > 1:
        return None
    if same_email:
        user = same_email[0]
        _link(user, claims)
        _fill_names(user, claims)
        return user
    invitation = _pending_invitations(email).select_for_update().first()
    allowed = proconnect.domain_is_allowed(email)
    user = User.objects.create_user(
        username=_unique_username(email),
        email=email,
        is_active=bool(invitation or allowed),
    )
    user.set_unusable_password()
    user.save(update_fields=["password"])
    _link(user, claims)
    _fill_names(user, claims)
    if invitation is not None:
        _accept(invitation, user)
    elif allowed:
        user.groups.add(Group.objects.get(name=roles.MEMBER))
    else:
        _request_account(user)
    return user
