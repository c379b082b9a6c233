"""Reading comments: visibility rules and a constant number of queries."""

import pytest

from blog.models import BlogPage
from comments.selectors import (
    comment_count_annotate,
    comment_count_for_threads,
    comment_threads_for_target,
)
from comments.services import comment_delete, comment_hide


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 60])
def test_threads_load_in_one_query(
    member, post, make_comment, count, django_assert_num_queries
):
    top = [make_comment(author=member, target=post) for _ in range(count // 3)]
    for parent in top:
        make_comment(author=member, target=post, parent=parent)
        make_comment(author=member, target=post, parent=parent)

    with django_assert_num_queries(1):
        threads = comment_threads_for_target(target=post)
        names = [t.comment.author.username for t in threads]
        # The avatar reads the profile: loaded with the comments.
        [t.comment.author.profile for t in threads]

    assert comment_count_for_threads(threads) == count
    assert len(names) == count // 3


@pytest.mark.django_db
def test_removed_comments_without_replies_are_left_out(
    member, administrator, post, make_comment
):
    hidden = make_comment(author=member, target=post, text="Masqué")
    deleted = make_comment(author=member, target=post, text="Supprimé")
    kept = make_comment(author=member, target=post, text="Gardé")
    reply = make_comment(author=member, target=post, parent=kept)
    hidden_reply = make_comment(author=member, target=post, parent=kept)
    comment_hide(moderator=administrator, comment=hidden, reason="x")
    comment_hide(moderator=administrator, comment=hidden_reply, reason="x")
    comment_delete(user=member, comment=deleted)

    threads = comment_threads_for_target(target=post)

    assert [t.comment for t in threads] == [kept]
    assert threads[0].replies == [reply]


@pytest.mark.django_db
def test_count_annotation_counts_published_comments_per_row(
    member, administrator, make_post, make_comment
):
    first, second = make_post("Un"), make_post("Deux")
    make_comment(author=member, target=first)
    make_comment(author=member, target=first)
    hidden = make_comment(author=member, target=second)
    comment_hide(moderator=administrator, comment=hidden, reason="x")

    counts = dict(
        comment_count_annotate(BlogPage.objects.all()).values_list(
            "title", "comment_count"
        )
    )

    assert counts == {"Un": 2, "Deux": 0}
