"""Member comments that hang under any registered target (blog post, document...)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 5000


class Comment(models.Model):
    """A member's plain-text comment, or a reply to one, under a target object.

    Rows are never deleted by members or moderators: a deleted or hidden comment
    keeps its row (and its replies) and only disappears from the pages.
    """

    class Status(models.TextChoices):
        PUBLISHED = "published", _("published")
        HIDDEN = "hidden", _("hidden by a moderator")
        DELETED = "deleted", _("deleted by its author")

    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("target type"),
    )
    # Every commentable model (pages, documents) has an integer primary key; an
    # integer column keeps the per-target lookups and count subqueries indexed.
    object_id = models.PositiveBigIntegerField(_("target id"))
    target = GenericForeignKey("content_type", "object_id")
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("in reply to"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="posted_comments",
        verbose_name=_("author"),
    )
    text = models.TextField(_("text"), max_length=COMMENT_MAX_LENGTH)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.PUBLISHED,
        db_index=True,
    )
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden at"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hidden by"),
    )
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "created_at"],
                name="comments_target_idx",
            ),
        ]
        permissions = [("hide_comment", _("Can hide any comment (moderation)"))]

    def __str__(self):
        return f"#{self.pk} {self.text[:60]}"

    def get_absolute_url(self) -> str:
        """A stable link that redirects to the comment on its target's page."""
        return reverse("comments:permalink", args=[self.pk])

    @property
    def anchor(self) -> str:
        """The HTML id of this comment on its target's page."""
        return f"commentaire-{self.pk}"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED
