"""Moderation reaches reviewers and authors through the bell."""

import json

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from blog.models import BlogPage
from notifications.models import Notification
from notifications.verbs import Verb

pytestmark = pytest.mark.django_db


def _post_form(title, **actions):
    return {
        **nested_form_data(
            {
                "title": title,
                "slug": "billet-a-valider",
                "date": "2026-11-20",
                "introduction": "Une introduction.",
                "tags": "Annonce",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Texte du billet.</p>"))]
                ),
            }
        ),
        **actions,
    }


def _submit(client, editor, blog_index, title="Retour d'expérience de Nantes"):
    client.force_login(editor)
    client.post(
        f"/admin/pages/add/blog/blogpage/{blog_index.pk}/",
        _post_form(title, **{"action-submit": "1"}),
    )
    return BlogPage.objects.get(title=title)


def _decide(client, administrator, post, action, comment=""):
    client.force_login(administrator)
    return client.post(
        f"/admin/pages/{post.pk}/edit/",
        {
            **_post_form(post.title),
            "action-workflow-action": "1",
            "workflow-action-name": action,
            "workflow-action-extra-data": json.dumps({"comment": comment}),
        },
    )


def _bell(client, user):
    client.force_login(user)
    return client.get("/notifications/").content.decode()


def test_submission_reaches_the_administrators_bell(
    client, editor, administrator, member, blog_index
):
    post = _submit(client, editor, blog_index)

    notice = Notification.objects.get(
        recipient=administrator, event__verb=Verb.MODERATION_SUBMITTED
    )
    assert notice.event.target_url == f"/admin/pages/{post.pk}/edit/"
    assert notice.event.actor == editor
    assert not Notification.objects.filter(recipient=editor).exists()
    assert not Notification.objects.filter(recipient=member).exists()
    page = _bell(client, administrator)
    assert (
        f"{editor.get_full_name()} a soumis « Retour d&#x27;expérience de Nantes » "
        "à la modération" in page
    )


def test_publication_tells_the_editor(client, editor, administrator, blog_index):
    post = _submit(client, editor, blog_index)

    _decide(client, administrator, post, "approve")

    post.refresh_from_db()
    notice = Notification.objects.get(
        recipient=editor, event__verb=Verb.MODERATION_APPROVED
    )
    assert post.live
    assert notice.event.target_url == post.url
    published = "a publié « Retour d&#x27;expérience de Nantes »"
    assert f"{administrator.get_full_name()} {published}" in _bell(client, editor)


def test_sending_back_tells_the_editor_with_the_comment(
    client, editor, administrator, blog_index
):
    post = _submit(client, editor, blog_index)

    _decide(client, administrator, post, "reject", comment="Ajoutez la date.")

    post.refresh_from_db()
    notice = Notification.objects.get(
        recipient=editor, event__verb=Verb.MODERATION_REJECTED
    )
    assert not post.live
    assert notice.event.target_url == f"/admin/pages/{post.pk}/edit/"
    assert notice.event.excerpt == "Ajoutez la date."
    page = _bell(client, editor)
    assert "renvoyé « Retour d&#x27;expérience de Nantes » pour modifications" in page
    assert "Ajoutez la date." in page
    assert not Notification.objects.filter(
        recipient=editor, event__verb=Verb.MODERATION_APPROVED
    ).exists()


def test_moderation_notices_are_in_the_preferences(client, editor):
    client.force_login(editor)

    page = client.get("/notifications/preferences/").content.decode()

    assert "Une page que j&#x27;ai soumise à la modération est publiée" in page
