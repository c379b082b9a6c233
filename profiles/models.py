"""A member's profile: what the community sees about them."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

# The member's photo address is cached per member under this name (with the size).
PHOTO_CACHE = "photo"


def photo_path(instance, filename: str) -> str:
    # A fresh random name per upload, so browsers never show a stale cached photo.
    return f"profiles/{instance.user_id}/{secrets.token_hex(8)}-{filename}"


class Profile(index.Indexed, models.Model):
    """One per user: organisation, job, contact details, bio and photo renditions."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="profile",
        verbose_name=_("user"),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=150,
        blank=True,
        help_text=_("For example: service instructeur, DDT, commune."),
    )
    job_title = models.CharField(_("role or job title"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    show_email = models.BooleanField(
        _("show my e-mail address to members"), default=False
    )
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    photo_small = models.ImageField(
        _("photo (small)"), upload_to=photo_path, blank=True
    )
    photo_medium = models.ImageField(
        _("photo (medium)"), upload_to=photo_path, blank=True
    )
    prompt_dismissed_at = models.DateTimeField(
        _("completion prompt dismissed at"), null=True, blank=True
    )
    # Folded (lower-case, unaccented) copies of the names, kept in sync by
    # profiles.services so searches and mentions need no database function.
    full_name_key = models.CharField(max_length=300, blank=True, db_index=True)
    search_key = models.CharField(max_length=800, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    # The site search finds a member by name, organisation or role.
    search_fields = [
        index.SearchField("search_name", boost=3),
        index.AutocompleteField("search_name"),
        index.SearchField("organisation"),
        index.SearchField("job_title"),
        index.FilterField("user_id"),
    ]

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("user")

    @property
    def search_name(self) -> str:
        user = self.user
        return " ".join(
            part for part in (user.first_name, user.last_name, user.username) if part
        )

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    @property
    def is_complete(self) -> bool:
        return bool(self.photo_small and self.organisation and self.job_title)
