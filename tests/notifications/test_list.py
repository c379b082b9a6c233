import pytest

from notifications.models import Notification
from notifications.services import notification_send
from notifications.verbs import Verb


def notify(recipient, actor, target, title="Compte rendu", url="/compte-rendu/#c-7"):
    notification_send(
        recipients=[recipient],
        actor=actor,
        verb=Verb.REPLY,
        target=target,
        url=url,
        title=title,
        excerpt="Je suis d'accord avec vous.",
    )
    return Notification.objects.filter(recipient=recipient).first()


@pytest.mark.django_db
def test_list_shows_my_notifications_newest_first(
    member_client, member, author, target_page, make_user
):
    notify(member, author, target_page, title="Ancien")
    notify(member, author, target_page, title="Récent")
    notify(make_user(), author, target_page, title="Pas pour moi")

    content = member_client.get("/notifications/").content.decode()

    assert "Karim Benali a répondu à votre commentaire sur « Récent »" in content
    assert content.index("« Récent »") < content.index("« Ancien »")
    assert "Pas pour moi" not in content
    assert "Je suis d&#x27;accord avec vous." in content


@pytest.mark.django_db
def test_list_is_paginated_in_constant_queries(
    member_client, member, author, target_page, django_assert_max_num_queries
):
    for n in range(2):
        notify(member, author, target_page, title=f"Sujet {n}")
    with django_assert_max_num_queries(20) as few:
        member_client.get("/notifications/")
    for n in range(30):
        notify(member, author, target_page, title=f"Autre {n}")

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = member_client.get("/notifications/")

    content = response.content.decode()
    assert content.count('class="osmose-notification__link"') >= 20
    assert 'class="fr-pagination"' in content


@pytest.mark.django_db
def test_opening_a_notification_marks_it_read_and_goes_to_the_anchor(
    member_client, member, author, target_page
):
    notification = notify(member, author, target_page)

    response = member_client.get(f"/notifications/{notification.pk}/")

    assert response.status_code == 302
    assert response["Location"] == "/compte-rendu/#c-7"
    notification.refresh_from_db()
    assert notification.read_at is not None


@pytest.mark.django_db
def test_a_foreign_url_is_never_followed(member_client, member, author, target_page):
    notification = notify(member, author, target_page, url="https://evil.example/")

    response = member_client.get(f"/notifications/{notification.pk}/")

    assert response["Location"] == "/notifications/"


@pytest.mark.django_db
def test_mark_one_as_read_with_a_plain_form(member_client, member, author, target_page):
    notification = notify(member, author, target_page)

    response = member_client.post(
        f"/notifications/{notification.pk}/lu/", {"next": "/notifications/?page=1"}
    )

    assert response["Location"] == "/notifications/?page=1"
    notification.refresh_from_db()
    assert notification.read_at is not None


@pytest.mark.django_db
def test_mark_all_as_read(member_client, member, author, target_page):
    for _ in range(3):
        notify(member, author, target_page)

    response = member_client.post("/notifications/tout-lu/")

    assert response.status_code == 302
    assert not Notification.objects.filter(recipient=member, read_at=None).exists()
    content = member_client.get("/notifications/").content.decode()
    assert "Toutes vos notifications sont marquées comme lues." in content
    assert "osmose-counter" not in content


@pytest.mark.django_db
def test_marking_needs_post(member_client, member, author, target_page):
    notification = notify(member, author, target_page)

    assert member_client.get("/notifications/tout-lu/").status_code == 405
    assert member_client.get(f"/notifications/{notification.pk}/lu/").status_code == 405


@pytest.mark.django_db
def test_another_members_notification_is_not_found(
    member_client, make_user, author, target_page
):
    notification = notify(make_user(), author, target_page)

    assert member_client.get(f"/notifications/{notification.pk}/").status_code == 404
    assert (
        member_client.post(f"/notifications/{notification.pk}/lu/").status_code == 404
    )
    notification.refresh_from_db()
    assert notification.read_at is None


@pytest.mark.django_db
def test_hostile_titles_are_escaped(member_client, member, author, target_page):
    notify(member, author, target_page, title="<script>alert(1)</script>")

    content = member_client.get("/notifications/").content.decode()

    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
