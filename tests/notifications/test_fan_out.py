import pytest
from django.contrib.auth import get_user_model

from notifications.models import Notification
from notifications.services import notification_send, preferences_update
from notifications.verbs import Verb


def many_members(count):
    User = get_user_model()
    User.objects.bulk_create(
        [
            User(username=f"agent{n:05d}", email=f"agent{n}@osmose.example")
            for n in range(count)
        ],
        batch_size=500,
    )
    return User.objects.filter(username__startswith="agent")


@pytest.mark.django_db
def test_a_fan_out_to_5000_members_takes_a_bounded_number_of_queries(
    author,
    target_page,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    members = many_members(5000)
    preferences_update(user=members.first(), choices={Verb.NEW_POST: (False, False)})

    # Past NOTIFICATIONS_INLINE_MAX the rows are written by tasks once the sender
    # commits: a few queries per task of 900 members and one INSERT per batch of
    # rows (900 on PostgreSQL, 166 on SQLite and its 999 parameters per query).
    with django_assert_max_num_queries(70) as queries:
        with django_capture_on_commit_callbacks(execute=True):
            count = notification_send(
                recipients=members,
                actor=author,
                verb=Verb.NEW_POST,
                target=target_page,
                url="/compte-rendu/",
                title="Compte rendu",
            )

    assert count == 5000
    assert Notification.objects.count() == 4999
    inserts = [q for q in queries.captured_queries if q["sql"].startswith("INSERT")]
    assert len(inserts) <= 1 + 5000 // 166 + 6


@pytest.mark.django_db
def test_a_small_fan_out_is_written_in_the_senders_transaction(
    author, target_page, django_assert_max_num_queries
):
    members = many_members(150)

    with django_assert_max_num_queries(8):
        notification_send(
            recipients=members,
            actor=author,
            verb=Verb.NEW_EVENT,
            target=target_page,
            url="/compte-rendu/",
            title="Réunion",
        )

    assert Notification.objects.count() == 150


@pytest.mark.django_db
def test_large_fan_outs_wait_for_the_sender_to_commit(
    author, target_page, settings, django_capture_on_commit_callbacks
):
    settings.NOTIFICATIONS_INLINE_MAX = 10
    members = many_members(25)

    with django_capture_on_commit_callbacks() as callbacks:
        notification_send(
            recipients=members, actor=author, verb=Verb.NEW_FAQ, target=target_page
        )
        assert Notification.objects.count() == 0

    for callback in callbacks:
        callback()
    assert Notification.objects.count() == 25
