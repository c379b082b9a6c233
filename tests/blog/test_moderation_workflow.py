"""Posts by editors go through moderation by an administrator (Wagtail workflow)."""

import pytest
from django.core import mail
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from blog.models import BlogPage


def _post_form(title, **actions):
    return {
        **nested_form_data(
            {
                "title": title,
                "slug": "billet-modere",
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


def _add_url(blog_index):
    return f"/admin/pages/add/blog/blogpage/{blog_index.pk}/"


@pytest.mark.django_db
def test_editor_cannot_publish_directly(client, editor, blog_index):
    client.force_login(editor)

    form = client.get(_add_url(blog_index)).content.decode()
    client.post(_add_url(blog_index), _post_form("Billet", **{"action-publish": "1"}))

    post = BlogPage.objects.get(title="Billet")
    assert 'name="action-publish"' not in form
    assert 'name="action-submit"' in form
    assert post.live is False


@pytest.mark.django_db
def test_editor_submission_waits_for_an_administrator(
    client, editor, administrator, blog_index
):
    client.force_login(editor)

    client.post(_add_url(blog_index), _post_form("À valider", **{"action-submit": "1"}))

    post = BlogPage.objects.get(title="À valider")
    state = WorkflowState.objects.for_instance(post).get()
    assert post.live is False
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Modération du blog"
    assert state.current_task_state.task.name == "Validation par un administrateur"
    assert administrator.email in [address for m in mail.outbox for address in m.to]
    assert member_cannot_see(client, post)

    client.force_login(administrator)
    response = client.post(
        f"/admin/pages/{post.pk}/edit/",
        {
            **_post_form("À valider"),
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
        },
    )

    post.refresh_from_db()
    state.refresh_from_db()
    assert response.status_code == 302
    assert state.status == WorkflowState.STATUS_APPROVED
    assert post.live is True


def member_cannot_see(client, post):
    return client.get(f"/blog/{post.slug}/").status_code == 404


@pytest.mark.django_db
def test_editor_cannot_approve_own_submission(client, editor, blog_index):
    client.force_login(editor)
    client.post(_add_url(blog_index), _post_form("Auto", **{"action-submit": "1"}))
    post = BlogPage.objects.get(title="Auto")

    client.post(
        f"/admin/pages/{post.pk}/edit/",
        {
            **_post_form("Auto"),
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
        },
    )

    post.refresh_from_db()
    assert post.live is False


@pytest.mark.django_db
def test_administrator_publishes_directly(client, administrator, blog_index):
    client.force_login(administrator)

    client.post(_add_url(blog_index), _post_form("Direct", **{"action-publish": "1"}))

    assert BlogPage.objects.get(title="Direct").live is True


@pytest.mark.django_db
def test_new_blog_index_gets_the_workflow(client, home_page, make_user):
    from wagtail.models import WorkflowPage

    from blog.models import BlogIndexPage

    superuser = make_user(None, is_superuser=True, is_staff=True)
    client.force_login(superuser)

    client.post(
        f"/admin/pages/add/blog/blogindexpage/{home_page.pk}/",
        nested_form_data(
            {"title": "Blog", "slug": "blog", "introduction": rich_text("")}
        ),
    )

    index = BlogIndexPage.objects.get()
    assert WorkflowPage.objects.get(page=index).workflow.name == "Modération du blog"
