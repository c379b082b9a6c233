import pytest
from django.core.management import call_command

from notifications.models import Notification, NotificationEvent
from profiles.models import Profile


@pytest.mark.django_db
def test_demo_profiles_and_notifications_load_twice_the_same(
    settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    settings.PRODUCTION = False

    # Comments notify once committed, as load_demo's transaction is in real use.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    first = (
        list(Profile.objects.order_by("pk").values_list("organisation", "photo_small")),
        Notification.objects.count(),
        NotificationEvent.objects.count(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    second = (
        list(Profile.objects.order_by("pk").values_list("organisation", "photo_small")),
        Notification.objects.count(),
        NotificationEvent.objects.count(),
    )

    assert first == second
    with_photo = Profile.objects.exclude(photo_small="").values_list(
        "user__username", flat=True
    )
    assert set(with_photo) >= {"editeur", "admin", "jdupont", "crousseau", "mnguyen"}
    assert Profile.objects.get(user__username="crousseau").job_title
    assert not Profile.objects.get(user__username="membre").is_complete
    to_member = Notification.objects.filter(recipient__username="membre")
    assert {n.event.verb for n in to_member} >= {"mention", "reply", "new_post"}
    assert to_member.filter(read_at__isnull=False).count() == 1
