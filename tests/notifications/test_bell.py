import pytest
from django.utils import timezone

from notifications.models import Notification
from notifications.services import notification_mark_all_read, notification_send
from notifications.verbs import Verb


def notify(recipient, actor, target, title="Compte rendu du comité"):
    notification_send(
        recipients=[recipient],
        actor=actor,
        verb=Verb.MENTION,
        target=target,
        url="/compte-rendu/#commentaire-1",
        title=title,
    )


def notification_queries(queries):
    return [q for q in queries.captured_queries if "notifications_" in q["sql"]]


@pytest.mark.django_db
def test_bell_shows_the_unread_count_and_the_latest(
    member_client, member, author, target_page
):
    notify(member, author, target_page, title="Premier")
    notify(member, author, target_page, title="Second")

    content = member_client.get("/membres/").content.decode()

    bell = content[content.index('id="header-notifications"') :]
    assert '<span class="osmose-counter" aria-hidden="true">2</span>' in bell
    assert "(2 non lues)" in bell
    assert "Karim Benali vous a mentionné dans « Second »" in bell
    assert bell.index("« Second »") < bell.index("« Premier »")
    assert 'href="/notifications/"' in bell


@pytest.mark.django_db
def test_bell_count_follows_new_and_read_notifications(
    member_client, member, author, target_page
):
    assert "osmose-counter" not in member_client.get("/membres/").content.decode()
    notify(member, author, target_page)
    assert (
        'aria-hidden="true">1</span>' in member_client.get("/membres/").content.decode()
    )

    notification_mark_all_read(user=member)

    content = member_client.get("/membres/").content.decode()
    assert "osmose-counter" not in content
    assert "Karim Benali vous a mentionné" in content


@pytest.mark.django_db
@pytest.mark.parametrize("count", [2, 12])
def test_bell_and_dropdown_add_one_query(
    member_client, member, author, target_page, django_assert_max_num_queries, count
):
    for n in range(count):
        notify(member, author, target_page, title=f"Sujet {n}")

    with django_assert_max_num_queries(20) as queries:
        response = member_client.get("/membres/")

    assert response.status_code == 200
    assert len(notification_queries(queries)) == 1
    content = response.content.decode()
    assert f'<span class="osmose-counter" aria-hidden="true">{count}</span>' in content
    assert content.count('class="osmose-notification__link"') == min(count, 5)


@pytest.mark.django_db
def test_the_count_includes_unread_notifications_older_than_the_dropdown(
    member_client, member, author, target_page
):
    for n in range(7):
        notify(member, author, target_page, title=f"Sujet {n}")
    newest = Notification.objects.filter(recipient=member).order_by("-id")[:5]
    Notification.objects.filter(pk__in=[n.pk for n in newest]).update(
        read_at=timezone.now()
    )

    content = member_client.get("/membres/").content.decode()

    assert '<span class="osmose-counter" aria-hidden="true">2</span>' in content
    assert "« Sujet 6 »" in content and "« Sujet 1 »" not in content


@pytest.mark.django_db
def test_pages_without_the_header_tools_run_no_bell_query(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(5) as queries:
        client.get("/connexion/")

    assert notification_queries(queries) == []
