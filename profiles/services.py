"""Writes on member profiles."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from profiles import images, keys
from profiles.models import Profile

User = get_user_model()


def _apply_keys(profile: Profile, user) -> None:
    profile.full_name_key = keys.full_name_key(
        first_name=user.first_name, last_name=user.last_name
    )
    profile.search_key = keys.search_key(
        user.first_name,
        user.last_name,
        user.get_username(),
        profile.organisation,
        profile.job_title,
    )


@transaction.atomic
def profile_get_or_create(*, user) -> Profile:
    """The member's profile, created (with its search keys) when missing."""
    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        profile = Profile(user=user)
        _apply_keys(profile, user)
        profile.save()
    return profile


@transaction.atomic
def profile_sync_keys(*, user) -> Profile:
    """Recompute the folded name keys after the user's names changed."""
    profile = profile_get_or_create(user=user)
    full_name_key, search_key = profile.full_name_key, profile.search_key
    _apply_keys(profile, user)
    if (profile.full_name_key, profile.search_key) != (full_name_key, search_key):
        profile.save(update_fields=["full_name_key", "search_key", "updated_at"])
    return profile


def _delete_files_on_commit(names: list[str], storage) -> None:
    def delete():
        for name in names:
            if name:
                storage.delete(name)

    transaction.on_commit(delete)


@transaction.atomic
def profile_photo_set(*, profile: Profile, upload) -> Profile:
    """Store the renditions of a validated photo, replacing the previous ones.

    Precondition: images.photo_validate(upload) passed.
    """
    renditions = images.photo_renditions(upload)
    old = [profile.photo_small.name, profile.photo_medium.name]
    profile.photo_small.save(renditions.small.name, renditions.small, save=False)
    profile.photo_medium.save(renditions.medium.name, renditions.medium, save=False)
    profile.save(update_fields=["photo_small", "photo_medium", "updated_at"])
    _delete_files_on_commit(old, profile.photo_small.storage)
    return profile


@transaction.atomic
def profile_photo_remove(*, profile: Profile) -> Profile:
    """Drop the photo: the member shows their initials again."""
    old = [profile.photo_small.name, profile.photo_medium.name]
    storage = profile.photo_small.storage
    profile.photo_small = ""
    profile.photo_medium = ""
    profile.save(update_fields=["photo_small", "photo_medium", "updated_at"])
    _delete_files_on_commit(old, storage)
    return profile


@transaction.atomic
def profile_update(
    *,
    user,
    first_name: str,
    last_name: str,
    organisation: str = "",
    job_title: str = "",
    phone: str = "",
    show_email: bool = False,
    bio: str = "",
    photo=None,
    remove_photo: bool = False,
) -> Profile:
    """Save what a member typed on their profile form (photo already validated)."""
    user.first_name = first_name.strip()
    user.last_name = last_name.strip()
    user.save(update_fields=["first_name", "last_name"])
    profile = profile_get_or_create(user=user)
    profile.organisation = organisation.strip()
    profile.job_title = job_title.strip()
    profile.phone = phone.strip()
    profile.show_email = show_email
    profile.bio = bio.strip()
    _apply_keys(profile, user)
    profile.save()
    if photo is not None:
        profile_photo_set(profile=profile, upload=photo)
    elif remove_photo and profile.photo_small:
        profile_photo_remove(profile=profile)
    return profile


@transaction.atomic
def profile_prompt_dismiss(*, user) -> None:
    """Stop inviting the member to complete their profile."""
    profile = profile_get_or_create(user=user)
    profile.prompt_dismissed_at = timezone.now()
    profile.save(update_fields=["prompt_dismissed_at", "updated_at"])
