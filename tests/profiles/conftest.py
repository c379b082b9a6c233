import os
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_upload(
    *,
    size=(600, 400),
    image_format="PNG",
    name=None,
    color="teal",
    mode="RGB",
    noise=False,
):
    buffer = BytesIO()
    if noise:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new(mode, size, color)
    image.save(buffer, format=image_format)
    extension = image_format.lower()
    return SimpleUploadedFile(
        name or f"photo.{extension}",
        buffer.getvalue(),
        content_type=f"image/{extension}",
    )


@pytest.fixture
def photo_upload():
    return image_upload


def profile_form_data(**overrides):
    data = {
        "first_name": "Hélène",
        "last_name": "Martin",
        "organisation": "DDT du Rhône",
        "job_title": "Instructrice ADS",
        "phone": "04 72 00 00 00",
        "bio": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def profile_data():
    return profile_form_data
