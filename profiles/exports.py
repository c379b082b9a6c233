"""The profile's part of a member's personal data: account, profile and photo."""

from django.db import transaction

from profiles.models import Profile
from profiles.personal_data import PersonalData


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def account_export(user) -> PersonalData:
    profile = Profile.objects.filter(user=user).first()
    data = {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "profile": None,
    }
    files = {}
    if profile is not None:
        data["profile"] = {
            "organisation": profile.organisation,
            "job_title": profile.job_title,
            "phone": profile.phone,
            "show_email": profile.show_email,
            "bio": profile.bio,
            "updated_at": _iso(profile.updated_at),
            "photo": "",
        }
        if profile.photo_medium:
            extension = profile.photo_medium.name.rsplit(".", 1)[-1].lower()
            name = f"photo.{extension}"
            data["profile"]["photo"] = name
            files[name] = profile.photo_medium
    return PersonalData(data=data, files=files)


def account_erase(user) -> None:
    """Delete the profile and its photo files (once the erasure commits)."""
    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        return
    storage = profile.photo_small.storage
    names = [
        name for name in (profile.photo_small.name, profile.photo_medium.name) if name
    ]
    profile.delete()

    def delete_files():
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete_files)
