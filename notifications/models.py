"""Notifications: one event (who did what to which target) fanned out to recipients."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from notifications.verbs import MESSAGES, Verb


class NotificationEvent(models.Model):
    """What happened, stored once however many members are told about it.

    The target is generic (content type and id) and its URL and title are copied
    here, so a list of notifications never loads the targets one by one.
    """

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
    )
    verb = models.CharField(_("verb"), max_length=32, choices=Verb.choices)
    target_content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("target type"),
    )
    target_object_id = models.CharField(_("target id"), max_length=64, blank=True)
    target_url = models.CharField(_("target URL"), max_length=500, blank=True)
    target_title = models.CharField(_("target title"), max_length=255, blank=True)
    excerpt = models.CharField(_("excerpt"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), db_index=True)

    class Meta:
        verbose_name = _("notification event")
        verbose_name_plural = _("notification events")
        indexes = [
            models.Index(
                fields=["target_content_type", "target_object_id", "verb"],
                name="notif_event_target_idx",
            )
        ]

    def __str__(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        actor = ""
        if self.actor is not None:
            actor = self.actor.get_full_name() or self.actor.get_username()
        return str(MESSAGES[self.verb]) % {
            "actor": actor or _("A member"),
            "title": self.target_title,
        }


class Notification(models.Model):
    """One member's copy of an event: read or not, shown on site, mailed or not."""

    event = models.ForeignKey(
        NotificationEvent,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("event"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    on_site = models.BooleanField(_("shown on the site"), default=True)
    email_due = models.BooleanField(_("to be e-mailed"), default=False)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        # Ids grow with time: "-id" is newest first, on the recipient index.
        ordering = ["-id"]
        indexes = [
            models.Index(
                fields=["recipient", "on_site", "read_at"], name="notif_unread_idx"
            ),
            models.Index(fields=["email_due", "emailed_at"], name="notif_email_idx"),
        ]

    def __str__(self) -> str:
        return self.event.message

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    """A member's choice for one verb; without a row, DEFAULT_PREFERENCES apply."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preferences",
        verbose_name=_("member"),
    )
    verb = models.CharField(_("verb"), max_length=32, choices=Verb.choices)
    on_site = models.BooleanField(_("on the site"), default=True)
    by_email = models.BooleanField(_("by e-mail"), default=False)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "verb"], name="notif_preference_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} / {self.verb}"


class MemberVisit(models.Model):
    """When a member's current and previous visits (logins) began."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="visit",
        verbose_name=_("member"),
    )
    current_visit_at = models.DateTimeField(_("current visit began at"))
    previous_visit_at = models.DateTimeField(
        _("previous visit began at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("member visit")
        verbose_name_plural = _("member visits")

    def __str__(self) -> str:
        return str(self.user)
