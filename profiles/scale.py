"""Scale data: a profile for every member, a share of them with a photo."""

import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from home.scale import bulk_insert
from profiles import images, keys
from profiles.models import Profile

SCALE_ORDER = 10
PHOTO_SHARE = 0.2
ORGANISATIONS = [
    "DDT du Rhône",
    "DDTM de la Gironde",
    "Mairie de Lyon",
    "Communauté de communes du Pays de Gex",
    "Métropole de Lille",
    "Service instructeur de Rennes Métropole",
    "DGALN",
    "Éditeur de logiciel",
]
JOB_TITLES = [
    "Instructeur ADS",
    "Cheffe de projet dématérialisation",
    "Responsable du service urbanisme",
    "Chargé de mission",
    "Développeuse",
    "Secrétaire de mairie",
]


def _photo(ctx) -> ContentFile:
    image = Image.new("RGB", (96, 96), tuple(ctx.rng.randrange(60, 220) for _ in "rgb"))
    ImageDraw.Draw(image).ellipse((24, 12, 72, 60), fill=(245, 230, 210))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="photo.png")


def generate(ctx) -> None:
    users = get_user_model().objects.filter(profile__isnull=True).order_by("pk")
    total = users.count()
    storage = Profile._meta.get_field("photo_small").storage
    rows = []
    for user in users.iterator(chunk_size=2000):
        profile = Profile(
            user_id=user.pk,
            organisation=ctx.rng.choice(ORGANISATIONS),
            job_title=ctx.rng.choice(JOB_TITLES),
            bio=ctx.sentence() if ctx.rng.random() < 0.4 else "",
        )
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
        if ctx.rng.random() < PHOTO_SHARE:
            renditions = images.photo_renditions(_photo(ctx))
            profile.photo_small = storage.save(
                f"profiles/{user.pk}/small.jpg", renditions.small
            )
            profile.photo_medium = storage.save(
                f"profiles/{user.pk}/medium.jpg", renditions.medium
            )
        rows.append(profile)
    bulk_insert(ctx, "profiles", Profile, rows, total)
