import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from profiles.models import Profile


@pytest.mark.django_db
def test_member_sees_their_profile_form(member_client, member):
    response = member_client.get("/profil/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Mon profil" in content
    assert 'name="organisation"' in content
    assert 'enctype="multipart/form-data"' in content


@pytest.mark.django_db
def test_member_saves_their_profile(member_client, member, profile_data):
    response = member_client.post("/profil/", profile_data(last_name="Martin-Roux"))

    assert response.status_code == 302
    member.refresh_from_db()
    profile = Profile.objects.get(user=member)
    assert member.last_name == "Martin-Roux"
    assert profile.organisation == "DDT du Rhône"
    assert profile.job_title == "Instructrice ADS"
    assert profile.full_name_key == "helene martin-roux"
    assert (
        "Votre profil a été enregistré."
        in member_client.get("/profil/").content.decode()
    )


@pytest.mark.django_db
def test_photo_upload_is_resized_to_square_jpeg_renditions(
    member_client, member, profile_data, photo_upload
):
    response = member_client.post(
        "/profil/", {**profile_data(), "photo": photo_upload(size=(1200, 800))}
    )

    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    with Image.open(profile.photo_small.path) as small:
        assert (small.format, small.size) == ("JPEG", (96, 96))
    with Image.open(profile.photo_medium.path) as medium:
        assert medium.size == (320, 320)
    page = member_client.get(f"/membres/{member.username}/").content.decode()
    assert profile.photo_medium.url in page


@pytest.mark.django_db
def test_transparent_png_is_flattened_on_white(
    member_client, member, profile_data, settings
):
    from io import BytesIO

    buffer = BytesIO()
    Image.new("RGBA", (200, 200), (255, 0, 0, 0)).save(buffer, format="PNG")
    upload = SimpleUploadedFile("clear.png", buffer.getvalue(), "image/png")

    member_client.post("/profil/", {**profile_data(), "photo": upload})

    with Image.open(Profile.objects.get(user=member).photo_small.path) as small:
        assert small.getpixel((48, 48)) == (255, 255, 255)


@pytest.mark.django_db
def test_non_image_is_rejected_in_french(member_client, member, profile_data):
    fake = SimpleUploadedFile("photo.jpg", b"%PDF-1.4 not an image", "image/jpeg")

    response = member_client.post("/profil/", {**profile_data(), "photo": fake})

    assert response.status_code == 200
    assert (
        "Choisissez un fichier image (JPEG, PNG, WebP ou GIF)."
        in response.content.decode()
    )
    assert not Profile.objects.get(user=member).photo_small


@pytest.mark.django_db
def test_image_in_an_unlisted_format_is_rejected(
    member_client, member, profile_data, photo_upload
):
    response = member_client.post(
        "/profil/", {**profile_data(), "photo": photo_upload(image_format="BMP")}
    )

    assert "Choisissez un fichier image" in response.content.decode()


@pytest.mark.django_db
def test_oversized_file_is_rejected_in_french(
    member_client, member, profile_data, photo_upload, settings
):
    settings.PROFILE_PHOTO_MAX_BYTES = 1024
    upload = photo_upload(size=(100, 100), noise=True)
    assert upload.size > 1024

    response = member_client.post("/profil/", {**profile_data(), "photo": upload})

    assert response.status_code == 200
    assert "Le fichier est trop volumineux : 1,0\xa0Kio au maximum." in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_image_over_the_pixel_limit_is_rejected_in_french(
    member_client, member, profile_data, photo_upload, settings
):
    settings.PROFILE_PHOTO_MAX_PIXELS = 1_000_000

    response = member_client.post(
        "/profil/", {**profile_data(), "photo": photo_upload(size=(1500, 1000))}
    )

    assert response.status_code == 200
    assert "L’image compte trop de pixels : 1\xa0000\xa0000 au maximum." in (
        response.content.decode()
    )
    assert not Profile.objects.get(user=member).photo_small


@pytest.mark.django_db
def test_decompression_bomb_is_rejected_before_decoding(
    member_client, member, profile_data, photo_upload
):
    # 180 million one-bit pixels: Pillow itself refuses to open it.
    bomb = photo_upload(size=(15_000, 12_000), mode="1", color=1)

    response = member_client.post("/profil/", {**profile_data(), "photo": bomb})

    assert "L’image compte trop de pixels" in response.content.decode()


@pytest.mark.django_db
def test_member_removes_their_photo_and_its_files(
    member_client,
    member,
    profile_data,
    photo_upload,
    django_capture_on_commit_callbacks,
):
    member_client.post("/profil/", {**profile_data(), "photo": photo_upload()})
    small = Profile.objects.get(user=member).photo_small
    storage, name = small.storage, small.name

    with django_capture_on_commit_callbacks(execute=True):
        member_client.post("/profil/", {**profile_data(), "remove_photo": "on"})

    assert not Profile.objects.get(user=member).photo_small
    assert not storage.exists(name)
    assert ">HM<" in member_client.get("/profil/").content.decode()


@pytest.mark.django_db
def test_invalid_phone_is_refused(member_client, member, profile_data):
    response = member_client.post("/profil/", profile_data(phone="appelez-moi"))

    assert "Saisissez un numéro de téléphone valide." in response.content.decode()
