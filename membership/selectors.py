"""Reads on membership."""

from django.utils import timezone

from membership.models import AccountRequest, Invitation
from membership.services import token_hash

INVALID, USED, REVOKED, EXPIRED = "invalid", "used", "revoked", "expired"


def invitation_for_token(token: str) -> tuple[Invitation | None, str | None]:
    """The invitation a link opens, or why it opens none."""
    invitation = (
        Invitation.objects.select_related("group")
        .filter(token_hash=token_hash(token))
        .first()
    )
    if invitation is None:
        return None, INVALID
    if invitation.accepted_at is not None:
        return invitation, USED
    if invitation.revoked_at is not None:
        return invitation, REVOKED
    if invitation.expires_at <= timezone.now():
        return invitation, EXPIRED
    return invitation, None


def invitations_pending():
    return Invitation.objects.filter(accepted_at=None, revoked_at=None).select_related(
        "group", "invited_by"
    )


def account_requests_pending():
    return AccountRequest.objects.filter(
        status=AccountRequest.Status.PENDING
    ).select_related("user", "user__proconnect_identity", "user__profile")
