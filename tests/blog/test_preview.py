"""Editors preview a post, new or existing, before it is published."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def _form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": "apercu",
            "date": "2026-11-20",
            "introduction": "Une introduction.",
            "tags": "Annonce",
            "body": streamfield([("paragraph", rich_text("<p>Corps visible.</p>"))]),
        }
    )


@pytest.mark.django_db
def test_editor_previews_a_new_post(client, editor, blog_index):
    client.force_login(editor)
    url = f"/admin/pages/add/blog/blogpage/{blog_index.pk}/preview/"

    posted = client.post(url, _form("Nouveau billet"))
    preview = client.get(url)

    assert posted.json()["is_valid"] is True
    assert preview.status_code == 200
    assert "Corps visible." in preview.content.decode()


@pytest.mark.django_db
def test_editor_previews_an_existing_post(client, editor, make_post):
    post = make_post("Existant")
    client.force_login(editor)
    url = f"/admin/pages/{post.pk}/edit/preview/"

    client.post(url, _form("Existant modifié"))
    preview = client.get(url)

    assert preview.status_code == 200
    assert "Existant modifié" in preview.content.decode()
