"""Demo profiles: organisations, jobs and generated photos for the demo accounts.

Runs right after home's loader so other services can rely on profiles existing.
"Membre" keeps no photo, so the home page shows the invitation to complete it.
"""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from profiles import services

DEMO_ORDER = 5

PROFILES = {
    "membre": ("Commune de Valence", "Instructrice ADS", ""),
    "editeur": (
        "DDT de la Drôme",
        "Chargé de communication du programme",
        "J'anime le blog et le calendrier d'OSMOSE. Écrivez-moi pour annoncer "
        "un webinaire ou partager un retour d'expérience.",
    ),
    "admin": (
        "DGALN — Ministère de la Transition écologique",
        "Cheffe de projet Démat. ADS",
        "J'accompagne les collectivités dans la dématérialisation de "
        "l'instruction des autorisations d'urbanisme.",
    ),
    "jdupont": ("DDT du Rhône", "Instructeur ADS", ""),
    "crousseau": (
        "Commune d'Annecy",
        "Responsable du service urbanisme",
        "Service instructeur mutualisé pour 12 communes, en PLAT'AU depuis 2022.",
    ),
    "mnguyen": ("Éditeur de logiciel ADS", "Chef de produit", ""),
}
# Members whose demo profile has a generated photo (colour of its background):
# everyone but "Membre".
PHOTOS = {
    "editeur": (0, 99, 203),
    "admin": (110, 68, 90),
    "jdupont": (113, 96, 67),
    "crousseau": (24, 117, 60),
    "mnguyen": (206, 5, 0),
}


def demo_photo(*, initials: str, color: tuple[int, int, int]) -> ContentFile:
    """A 400 px portrait placeholder: initials on a diagonal gradient."""
    size = 400
    image = Image.new("RGB", (size, size), color)
    draw = ImageDraw.Draw(image)
    for offset in range(0, size * 2, 8):
        shade = tuple(min(255, channel + offset // 8) for channel in color)
        draw.line([(offset, 0), (0, offset)], fill=shade, width=8)
    font = ImageFont.load_default(size=160)
    draw.text((size / 2, size / 2), initials, fill="white", font=font, anchor="mm")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="demo.png")


def load(ctx) -> None:
    for username, (organisation, job_title, bio) in PROFILES.items():
        user = ctx.users.get(username)
        if user is None:
            continue
        profile = services.profile_get_or_create(user=user)
        if (profile.organisation, profile.job_title) != (organisation, job_title):
            profile = services.profile_update(
                user=user,
                first_name=user.first_name,
                last_name=user.last_name,
                organisation=organisation,
                job_title=job_title,
                bio=bio,
                phone=profile.phone,
                show_email=username != "membre",
            )
        if username in PHOTOS and not profile.photo_small:
            initials = f"{user.first_name[:1]}{user.last_name[:1]}".upper()
            services.profile_photo_set(
                profile=profile,
                upload=demo_photo(initials=initials, color=PHOTOS[username]),
            )
    ctx.say("Profils de démonstration : prêts.")
