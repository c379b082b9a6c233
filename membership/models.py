"""Who may join: invitations by e-mail, ProConnect identities and the
requests administrators approve or refuse."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class Invitation(models.Model):
    """An administrator's invitation: a single-use link mailed to one address.

    Only a hash of the link's token is stored, so the database never holds a
    usable link.
    """

    email = models.EmailField(_("e-mail address"))
    group = models.ForeignKey(
        Group, on_delete=models.PROTECT, related_name="+", verbose_name=_("role")
    )
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_at = models.DateTimeField(_("last sent at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("account"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-sent_at", "-pk"]
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return self.email

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()


class ProConnectIdentity(models.Model):
    """The ProConnect subject (`sub`) a member signs in with."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="proconnect_identity",
        verbose_name=_("user"),
    )
    sub = models.CharField(_("subject"), max_length=255, unique=True)
    siret = models.CharField(_("SIRET"), max_length=14, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_login_at = models.DateTimeField(_("last sign-in"), null=True, blank=True)

    class Meta:
        verbose_name = _("ProConnect identity")
        verbose_name_plural = _("ProConnect identities")

    def __str__(self) -> str:
        return self.sub


class AccountRequest(models.Model):
    """A ProConnect sign-in by someone neither invited nor from an allowed
    domain: the account stays inactive until an administrator decides."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        APPROVED = "approved", _("approved")
        REFUSED = "refused", _("refused")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="account_request",
        verbose_name=_("user"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("account request")
        verbose_name_plural = _("account requests")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.user.get_username()


@register_setting(icon="group")
class MembershipSettings(BaseGenericSetting):
    """E-mail domains administrators choose, added to those of the environment."""

    allowed_domains = models.TextField(
        _("domains admitted at once"),
        blank=True,
        help_text=_(
            "One e-mail domain a line (e.g. ddt.gouv.fr): their agents become "
            "members at their first ProConnect sign-in. Others wait for an "
            "administrator's approval."
        ),
    )
    proconnect_domains = models.TextField(
        _("domains that must use ProConnect"),
        blank=True,
        help_text=_(
            "One e-mail domain a line: their members sign in with ProConnect "
            "only, never with a password."
        ),
    )

    class Meta:
        verbose_name = _("membership settings")

    @staticmethod
    def domains(text: str) -> set[str]:
        return {
            line.strip().lower().lstrip("@")
            for line in text.splitlines()
            if line.strip()
        }
