"""Profile photo checks and renditions, with Pillow."""

from dataclasses import dataclass
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_PIXELS = 24_000_000
# Square renditions: the header bubble and lists use "small", profile pages "medium".
RENDITION_SIZES = {"small": 96, "medium": 320}


@dataclass(frozen=True)
class PhotoRenditions:
    small: ContentFile
    medium: ContentFile


def max_bytes() -> int:
    return getattr(settings, "PROFILE_PHOTO_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_pixels() -> int:
    return getattr(settings, "PROFILE_PHOTO_MAX_PIXELS", DEFAULT_MAX_PIXELS)


def photo_validate(upload) -> None:
    """Raise ValidationError unless the upload is a sound, reasonably sized image."""
    if upload.size > max_bytes():
        raise ValidationError(
            _("The file is too large: %(max)s at most."),
            code="file_too_large",
            params={"max": filesizeformat(max_bytes())},
        )
    not_an_image = ValidationError(
        _("Choose an image file (JPEG, PNG, WebP or GIF)."), code="not_an_image"
    )
    too_many_pixels = ValidationError(
        _("The image has too many pixels: %(max)s at most."),
        code="too_many_pixels",
        params={"max": number_format(max_pixels(), force_grouping=True)},
    )
    upload.seek(0)
    try:
        # Opening reads the header only: the size is known before any decoding.
        with Image.open(upload) as image:
            if image.format not in ALLOWED_FORMATS:
                raise not_an_image
            width, height = image.size
            if width * height > max_pixels():
                raise too_many_pixels
            image.verify()
    except Image.DecompressionBombError as err:
        raise too_many_pixels from err
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as err:
        raise not_an_image from err
    finally:
        upload.seek(0)


def photo_renditions(upload) -> PhotoRenditions:
    """Square JPEG renditions of a validated upload (EXIF orientation applied)."""
    upload.seek(0)
    with Image.open(upload) as image:
        image.seek(0)  # the first frame of an animated GIF
        image = ImageOps.exif_transpose(image)
        if image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, "white")
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        files = {}
        for name, size in RENDITION_SIZES.items():
            rendition = ImageOps.fit(image.convert("RGB"), (size, size))
            buffer = BytesIO()
            rendition.save(buffer, format="JPEG", quality=85, optimize=True)
            files[name] = ContentFile(buffer.getvalue(), name=f"{name}.jpg")
    upload.seek(0)
    return PhotoRenditions(**files)
