"""Keep every user's profile present and its name keys in sync.

Users are also created and renamed outside this app (Wagtail's user admin,
createsuperuser), hence a post_save receiver rather than a call in one service.
"""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save

NAME_FIELDS = {"first_name", "last_name", "username"}


def user_saved(sender, instance, created, update_fields=None, raw=False, **kwargs):
    from profiles.services import profile_get_or_create, profile_sync_keys

    if raw:
        return
    if created:
        profile_get_or_create(user=instance)
    elif update_fields is None or NAME_FIELDS.intersection(update_fields):
        profile_sync_keys(user=instance)


def profile_changed(sender, instance, raw=False, **kwargs):
    from home.member_cache import member_forget
    from profiles.models import PHOTO_CACHE

    member_forget(f"{PHOTO_CACHE}-small", [instance.user_id])
    member_forget(f"{PHOTO_CACHE}-medium", [instance.user_id])


def connect() -> None:
    from profiles.models import Profile

    post_save.connect(
        user_saved, sender=get_user_model(), dispatch_uid="profiles.user_saved"
    )
    post_save.connect(
        profile_changed, sender=Profile, dispatch_uid="profiles.profile_changed"
    )
    post_delete.connect(
        profile_changed, sender=Profile, dispatch_uid="profiles.profile_deleted"
    )
