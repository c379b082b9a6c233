import pytest
from django.core.management import call_command

from notifications.models import Notification, NotificationEvent
from profiles.models import Profile


@pytest.mark.django_db
def test_demo_profiles_and_notifications_load_twice_the_same(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.PRODUCTION = False

    call_command("load_demo")
    first = (
        list(Profile.objects.order_by("pk").values_list("organisation", "photo_small")),
        Notification.objects.count(),
        NotificationEvent.objects.count(),
    )
    call_command("load_demo")
    second = (
        list(Profile.objects.order_by("pk").values_list("organisation", "photo_small")),
        Notification.objects.count(),
        NotificationEvent.objects.count(),
    )

    assert first == second
    assert Profile.objects.get(user__username="editeur").photo_small
    assert Profile.objects.get(user__username="crousseau").job_title
    assert not Profile.objects.get(user__username="membre").is_complete
    assert Notification.objects.filter(recipient__username="membre").count() == 3
