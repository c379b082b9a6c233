"""Text that looks like something else: invisible, reordered, or a disguised link."""

import pytest
from django.core.exceptions import ValidationError

from comments.models import Comment
from comments.services import comment_create
from mentions.rendering import member_text_html


def _create_url(post):
    return f"/commentaires/{post.content_type_id}/{post.pk}/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text", ["\u200b\u200c\u200d", "\ufeff \u2060", "\u202e\u202c"], ids=str.encode
)
def test_a_comment_of_invisible_characters_is_refused_as_empty(member, post, text):
    with pytest.raises(ValidationError) as refused:
        comment_create(author=member, target=post, text=text, check_flood=False)

    assert refused.value.code == "empty"
    assert not Comment.objects.exists()


@pytest.mark.django_db
def test_the_form_says_so_in_french(member_client, post):
    response = member_client.post(_create_url(post), {"text": "\u200b\u200b"})

    assert response.status_code == 200
    assert "Votre commentaire est vide" in response.content.decode()


@pytest.mark.django_db
def test_direction_overrides_are_removed_from_stored_text(member, post):
    comment = comment_create(
        author=member,
        target=post,
        text="Voir facture\u202efdp.exe",
        check_flood=False,
    )

    assert comment.text == "Voir facturefdp.exe"


def test_rendering_neutralises_overrides_already_stored():
    assert "\u202e" not in member_text_html("ancien\u202etexte")


@pytest.mark.parametrize(
    ("text", "real_host"),
    [
        ("http://osmose@evil.example/connexion", "http://evil.example/connexion"),
        ("https://osmose.gouv.fr:motdepasse@evil.example/", "https://evil.example/"),
    ],
)
def test_a_link_shows_the_host_it_really_leads_to(text, real_host):
    html = member_text_html(f"Allez sur {text} vite")

    assert f'href="{real_host}"' in html
    assert "osmose@" not in html
    assert "motdepasse" not in html
