"""A member cannot post more than N comments a minute; nothing is stored."""

import pytest

from comments import flood
from comments.models import Comment


def _create_url(post):
    return f"/commentaires/{post.content_type_id}/{post.pk}/"


@pytest.mark.django_db
def test_flood_is_refused_with_a_french_message(member_client, post, settings):
    settings.COMMENTS_MAX_PER_MINUTE = 3
    for n in range(3):
        member_client.post(_create_url(post), {"text": f"Message {n}"})

    response = member_client.post(_create_url(post), {"text": "Encore un"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "Vous avez publié trop de commentaires" in content
    assert "Encore un" in content
    assert Comment.objects.count() == 3


@pytest.mark.django_db
def test_posting_is_allowed_again_after_a_minute(
    member_client, post, settings, monkeypatch
):
    settings.COMMENTS_MAX_PER_MINUTE = 2
    now = [1_000_000.0]
    monkeypatch.setattr(flood, "_now", lambda: now[0])
    for n in range(2):
        member_client.post(_create_url(post), {"text": f"Message {n}"})

    now[0] += 61
    response = member_client.post(_create_url(post), {"text": "Plus tard"})

    assert response.status_code == 302
    assert Comment.objects.count() == 3


@pytest.mark.django_db
def test_the_limit_is_per_member(client, make_user, post, settings):
    settings.COMMENTS_MAX_PER_MINUTE = 1
    first, second = make_user(), make_user()
    client.force_login(first)
    client.post(_create_url(post), {"text": "Un"})
    client.force_login(second)

    response = client.post(_create_url(post), {"text": "Deux"})

    assert response.status_code == 302
    assert Comment.objects.count() == 2
