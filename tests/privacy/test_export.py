"""A member downloads everything the site holds about them, as a ZIP."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone

from notifications.models import Notification
from notifications.verbs import Verb
from privacy.models import DataExport


def _archive(response) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


@pytest.fixture
def member_client(client, activity):
    client.force_login(activity.member)
    return client


@pytest.fixture
def ask_archive(member_client, django_capture_on_commit_callbacks):
    """Ask for the archive; the task runs once the request commits."""

    def ask(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return member_client.post("/profil/donnees/export/", **kwargs)

    return ask


def test_the_profile_links_to_the_personal_data_page(member_client):
    response = member_client.get("/profil/")
    assert 'href="/profil/donnees/"' in response.content.decode()


def test_the_page_lists_what_the_archive_holds(member_client):
    response = member_client.get("/profil/donnees/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Mes données personnelles" in content
    for label in ("Commentaires", "Messages privés", "Calendrier"):
        assert label in content


def test_the_archive_holds_every_service_data_and_the_photo(
    member_client, activity, ask_archive
):
    ask_archive()
    response = member_client.get("/profil/donnees/")
    export = DataExport.objects.get(user=activity.member)
    assert export.status == DataExport.Status.READY
    assert "Archive du" in response.content.decode()

    download = member_client.get(export.get_absolute_url())
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert "attachment" in download["Content-Disposition"]
    archive = _archive(download)
    names = set(archive.namelist())
    assert {"data.json", "LISEZMOI.txt", "files/account/photo.jpg"} <= names
    sections = json.loads(archive.read("data.json"))["sections"]

    account = sections["account"]["data"]
    assert account["email"] == activity.member.email
    assert account["profile"]["organisation"] == "DDT du Rhône"
    assert account["profile"]["photo"] == "photo.jpg"
    assert [c["text"] for c in sections["comments"]["data"]] == [
        "Bravo à toute l'équipe !"
    ]
    assert [m["text"] for m in sections["discussions"]["data"]["messages"]] == [
        "Nous utilisons un parapheur électronique."
    ]
    chat = sections["messaging"]["data"]
    # Only what the member wrote: the other's messages are their own data.
    assert [m["text"] for m in chat["messages"]] == [
        "Mon numéro personnel : 06 00 00 00 00"
    ]
    assert [r["event"] for r in sections["events"]["data"]["registrations"]] == [
        "Atelier signature"
    ]
    assert (
        "/calendrier/ical/"
        in sections["events"]["data"]["calendar_subscription"]["address"]
    )
    notifications = sections["notifications"]["data"]
    assert any(n["verb"] == "mention" for n in notifications["notifications"])
    assert notifications["preferences"] == [
        {"verb": "new_post", "on_site": True, "by_email": True}
    ]
    photo = archive.read("files/account/photo.jpg")
    assert photo[:3] == b"\xff\xd8\xff"  # a JPEG rendition


def test_the_member_is_notified_when_the_archive_is_ready(
    member_client, activity, ask_archive
):
    ask_archive()
    notification = Notification.objects.get(
        recipient=activity.member, event__verb=Verb.DATA_EXPORT_READY
    )
    assert notification.event.target_url == "/profil/donnees/"
    bell = member_client.get("/notifications/").content.decode()
    assert "Votre archive de données personnelles est prête" in bell


def test_only_its_owner_may_download_the_archive(
    client, member_client, activity, ask_archive
):
    ask_archive()
    export = DataExport.objects.get(user=activity.member)
    client.force_login(activity.other)
    assert client.get(export.get_absolute_url()).status_code == 404
    client.logout()
    response = client.get(export.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/")


def test_the_archive_cannot_be_downloaded_once_expired(
    member_client, activity, ask_archive
):
    ask_archive()
    export = DataExport.objects.get(user=activity.member)
    DataExport.objects.filter(pk=export.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    response = member_client.get(export.get_absolute_url())
    assert response.status_code == 410
    assert "Cette archive a expiré" in response.content.decode()


def test_the_archive_file_is_never_served_as_a_media_file(
    member_client, activity, ask_archive
):
    ask_archive()
    export = DataExport.objects.get(user=activity.member)
    assert member_client.get(f"/media/{export.archive.name}").status_code == 404


def test_the_page_renders_in_constant_queries(
    member_client, activity, ask_archive, django_assert_max_num_queries
):
    for _ in range(3):
        ask_archive()
    with django_assert_max_num_queries(20):
        assert member_client.get("/profil/donnees/").status_code == 200
