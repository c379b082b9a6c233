"""Demo comments read as conversations that followed their post."""

import pytest
from django.utils import timezone

from blog.models import BlogPage
from comments.models import Comment
from home import demo


@pytest.mark.django_db
def test_demo_comments_are_dated_between_their_post_and_today(site_tree):
    demo.load_all(site_tree)
    now = timezone.now()

    comments = list(Comment.objects.all())
    assert comments
    for comment in comments:
        target = comment.target
        if isinstance(target, BlogPage):
            assert target.date <= timezone.localdate(comment.created_at)
        assert comment.created_at < now
        if comment.parent is not None:
            assert comment.parent.created_at < comment.created_at
    # Not all at the moment the demo was loaded.
    assert len({comment.created_at.date() for comment in comments}) > 1
