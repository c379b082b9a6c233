"""A new blog post notifies the members who may read it, once."""

import pytest

from notifications.models import Notification


@pytest.mark.django_db
def test_publishing_a_post_puts_it_in_every_members_bell(
    member_client, member, make_post
):
    post = make_post("Le guichet numérique est ouvert")

    notification = Notification.objects.get(recipient=member)
    assert notification.event.verb == "new_post"
    assert notification.event.target_url == post.url
    assert notification.event.excerpt == post.introduction
    bell = member_client.get("/membres/").content.decode()
    assert "Nouveau billet : « Le guichet numérique est ouvert »" in bell


@pytest.mark.django_db
def test_a_draft_notifies_nobody_until_published(member, make_post):
    post = make_post("Brouillon", live=False)
    assert not Notification.objects.filter(recipient=member).exists()

    post.save_revision().publish()
    post.save_revision().publish()

    assert Notification.objects.filter(recipient=member).count() == 1
