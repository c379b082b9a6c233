"""Where blog pages may live, and that editors can open their admin forms."""

import pytest

from blog.models import BlogIndexPage, BlogPage
from home.models import HomePage, StandardPage


def test_blog_tree_rules():
    assert BlogPage.allowed_parent_page_models() == [BlogIndexPage]
    assert BlogIndexPage.allowed_subpage_models() == [BlogPage]
    assert BlogIndexPage.allowed_parent_page_models() == [HomePage]
    assert BlogPage.allowed_subpage_models() == []
    assert BlogPage not in StandardPage.allowed_subpage_models()


@pytest.mark.django_db
def test_editor_opens_the_post_form(client, editor, blog_index, make_post):
    client.force_login(editor)
    post = make_post("Existant")

    add = client.get(f"/admin/pages/add/blog/blogpage/{blog_index.pk}/")
    edit = client.get(f"/admin/pages/{post.pk}/edit/")

    assert add.status_code == 200
    assert edit.status_code == 200
    content = add.content.decode()
    for field in ("introduction", "header_image", "tags", "author", "date"):
        assert f'name="{field}"' in content
    assert 'id="body"' in content
