"""A member's request for a copy of their personal data, and the archive made."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def archive_path(instance, filename: str) -> str:
    # Under a folder /media/ never serves (MEDIA_PRIVATE_PREFIXES).
    return f"exports/{instance.pk}/{filename}"


class DataExport(models.Model):
    """One archive of everything the site holds about a member.

    Its random id is in the download address, which answers its owner only
    and until `expires_at`.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("being prepared")
        READY = "ready", _("ready")
        FAILED = "failed", _("failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="data_exports",
        verbose_name=_("member"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    archive = models.FileField(_("archive"), upload_to=archive_path, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    ready_at = models.DateTimeField(_("ready at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)

    class Meta:
        verbose_name = _("personal data export")
        verbose_name_plural = _("personal data exports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("privacy:download", args=[self.pk])

    def is_available(self, now=None) -> bool:
        return (
            self.status == self.Status.READY
            and bool(self.archive)
            and self.expires_at is not None
            and self.expires_at > (now or timezone.now())
        )
