"""Themes → threads → messages, plus what each member keeps track of."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from discussions.permissions import can_manage_threads
from home.models import ServiceIndexPage


class DiscussionIndexPage(ServiceIndexPage):
    """ESPACES D'ÉCHANGES: themes with their threads."""

    def get_context(self, request, *args, **kwargs):
        # Selectors import these models.
        from discussions.selectors import theme_list_with_threads_for_user

        context = super().get_context(request, *args, **kwargs)
        context["themes"] = theme_list_with_threads_for_user(user=request.user)
        context["can_create_thread"] = can_manage_threads(request.user)
        return context

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("discussion spaces page")


class Theme(models.Model):
    """A subject that groups threads, ordered by hand."""

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["order", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("discussions:theme", kwargs={"slug": self.slug})


class Thread(index.Indexed, models.Model):
    """A discussion opened by an administrator; its first message is the question.

    `message_count`, `last_message` and `last_activity_at` summarise the
    published messages so lists never count rows; services keep them right.
    """

    theme = models.ForeignKey(
        Theme,
        on_delete=models.PROTECT,
        related_name="threads",
        verbose_name=_("theme"),
    )
    title = models.CharField(_("title"), max_length=255)
    # Unique site-wide so a thread keeps its address when it changes theme.
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    answer = models.ForeignKey(
        "Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answer"),
    )
    message_count = models.PositiveIntegerField(_("messages"), default=0)
    last_message = models.ForeignKey(
        "Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last message"),
    )
    last_activity_at = models.DateTimeField(
        _("last activity"), null=True, blank=True, db_index=True
    )
    # Where an answer drawn from this thread was published (e.g. a FAQ entry).
    published_answer_url = models.CharField(
        _("published answer address"), max_length=500, blank=True
    )
    published_answer_title = models.CharField(
        _("published answer title"), max_length=255, blank=True
    )

    search_fields = [
        index.SearchField("title", boost=2),
        index.AutocompleteField("title"),
        index.FilterField("theme_id"),
        index.FilterField("last_activity_at"),
    ]

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-pinned", "-last_activity_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("discussions:thread", kwargs={"slug": self.slug})

    @property
    def resolved(self) -> bool:
        return self.answer_id is not None


class Message(index.Indexed, models.Model):
    """A member's plain-text message in a thread.

    Rows stay when a message is deleted or hidden, so replies keep their sense.
    """

    class Status(models.TextChoices):
        PUBLISHED = "published", _("published")
        HIDDEN = "hidden", _("hidden by a moderator")
        DELETED = "deleted", _("deleted by its author")

    thread = models.ForeignKey(
        Thread,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("thread"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="discussion_messages",
        verbose_name=_("author"),
    )
    text = models.TextField(_("text"))
    reply_to = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("in reply to"),
    )
    # The answered message is shown quoted above this one.
    quote = models.BooleanField(_("quotes the message it answers"), default=False)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.PUBLISHED,
        db_index=True,
    )
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderated by"),
    )
    moderation_reason = models.TextField(_("moderation reason"), blank=True)

    search_fields = [
        index.SearchField("search_text"),
        index.FilterField("status"),
        index.FilterField("thread_id"),
        index.FilterField("author_id"),
        index.FilterField("created_at"),
    ]

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["pk"]
        indexes = [
            models.Index(fields=["thread", "status", "id"], name="discussions_msg_idx")
        ]

    def __str__(self):
        return f"#{self.pk} {self.text[:60]}"

    def get_absolute_url(self) -> str:
        """A stable link that finds the message's page in its thread."""
        return reverse("discussions:message", kwargs={"pk": self.pk})

    @property
    def anchor(self) -> str:
        return f"message-{self.pk}"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def search_text(self) -> str:
        """What the search index keeps: nothing once hidden or deleted."""
        return self.text if self.is_published else ""


class Report(models.Model):
    """A member flags a message for the moderators."""

    message = models.ForeignKey(
        Message,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("message"),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["message", "reporter"], name="discussions_report_unique"
            )
        ]

    def __str__(self):
        return f"{self.reporter} → #{self.message_id}"


class ReadPosition(models.Model):
    """The last message of a thread a member has seen."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("member"),
    )
    thread = models.ForeignKey(
        Thread,
        on_delete=models.CASCADE,
        related_name="read_positions",
        verbose_name=_("thread"),
    )
    last_read_message_id = models.PositiveBigIntegerField(
        _("last message read"), default=0
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("read position")
        verbose_name_plural = _("read positions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "thread"], name="discussions_read_unique"
            )
        ]

    def __str__(self):
        return f"{self.user} / {self.thread_id}: {self.last_read_message_id}"


class Follow(models.Model):
    """A member is told of new messages in a thread."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("member"),
    )
    thread = models.ForeignKey(
        Thread,
        on_delete=models.CASCADE,
        related_name="follows",
        verbose_name=_("thread"),
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "thread"], name="discussions_follow_unique"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.thread_id}"
