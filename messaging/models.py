"""Conversations between members, their messages, read markers and reports."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from comments.models import COMMENT_MAX_LENGTH

MESSAGE_MAX_LENGTH = COMMENT_MAX_LENGTH
GROUP_MAX_MEMBERS = 50


def pair_key_for(first_id: int, second_id: int) -> str:
    """The key of the one two-member conversation of these members."""
    low, high = sorted((first_id, second_id))
    return f"{low}:{high}"


class Conversation(models.Model):
    """A private conversation: two members, or a named group of up to 50."""

    title = models.CharField(_("name"), max_length=120, blank=True)
    is_group = models.BooleanField(_("group conversation"), default=False)
    # "<smaller id>:<larger id>" for a two-member conversation, so there is at
    # most one per pair; empty for groups.
    pair_key = models.CharField(max_length=41, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Copied from the latest message so the list sorts and shows it without
    # scanning messages.
    last_message = models.ForeignKey(
        "Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last message"),
    )
    last_message_at = models.DateTimeField(_("last message at"), null=True, blank=True)

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        constraints = [
            models.UniqueConstraint(
                fields=["pair_key"],
                condition=~models.Q(pair_key=""),
                name="messaging_one_conversation_per_pair",
            )
        ]

    def __str__(self) -> str:
        return self.title or f"#{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("messaging:detail", args=[self.pk])


class Participant(models.Model):
    """A member in a conversation, with the last message they read."""

    conversation = models.ForeignKey(
        Conversation,
        on_delete=models.CASCADE,
        related_name="participants",
        verbose_name=_("conversation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="conversation_memberships",
        verbose_name=_("member"),
    )
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)
    # Message ids grow with time: everything above this id is unread.
    last_read_message_id = models.PositiveBigIntegerField(
        _("last read message"), default=0
    )

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "user"], name="messaging_participant_unique"
            )
        ]
        indexes = [
            models.Index(fields=["user", "conversation"], name="messaging_member_idx")
        ]

    def __str__(self) -> str:
        return f"{self.user} / {self.conversation}"


class Message(index.Indexed, models.Model):
    """One member's plain-text message in a conversation."""

    conversation = models.ForeignKey(
        Conversation,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("conversation"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="sent_messages",
        verbose_name=_("author"),
    )
    text = models.TextField(_("text"), max_length=MESSAGE_MAX_LENGTH)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    hidden_at = models.DateTimeField(
        _("hidden by a moderator at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["id"]
        indexes = [
            models.Index(fields=["conversation", "id"], name="messaging_history_idx")
        ]
        permissions = [("moderate_message", _("Can moderate reported messages"))]

    search_fields = [
        index.SearchField("search_text"),
        index.FilterField("conversation_id"),
        index.FilterField("hidden_at"),
        index.FilterField("created_at"),
    ]

    @property
    def search_text(self) -> str:
        """What the search index keeps: nothing once hidden by a moderator."""
        return "" if self.hidden_at else self.text

    def __str__(self) -> str:
        return f"#{self.pk} {self.text[:60]}"

    @property
    def anchor(self) -> str:
        return f"message-{self.pk}"


class MessageReport(models.Model):
    """A member's report of a message to the moderators ("Signaler")."""

    class Status(models.TextChoices):
        OPEN = "open", _("to review")
        DISMISSED = "dismissed", _("dismissed")
        HIDDEN = "hidden", _("message hidden")

    message = models.ForeignKey(
        Message,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("message"),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.OPEN
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("reported message")
        verbose_name_plural = _("reported messages")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["message", "reporter"], name="messaging_report_once"
            )
        ]

    def __str__(self) -> str:
        return f"#{self.message_id}: {self.reason[:60]}"
