"""The comment services' rules and the signals they send on commit."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from comments.models import Comment
from comments.services import (
    comment_create,
    comment_delete,
    comment_edit,
    comment_hide,
    comment_hide_many,
)
from comments.signals import comment_edited, comment_posted


@pytest.fixture
def received():
    calls = []

    def on_posted(sender, **kwargs):
        calls.append(("posted", kwargs))

    def on_edited(sender, **kwargs):
        calls.append(("edited", kwargs))

    comment_posted.connect(on_posted, dispatch_uid="test-posted")
    comment_edited.connect(on_edited, dispatch_uid="test-edited")
    yield calls
    comment_posted.disconnect(dispatch_uid="test-posted")
    comment_edited.disconnect(dispatch_uid="test-edited")


@pytest.mark.django_db
def test_comment_posted_is_sent_once_after_commit(
    member, post, received, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = comment_create(author=member, target=post, text="Bonjour")
        assert received == []

    assert len(received) == 1
    name, kwargs = received[0]
    assert name == "posted"
    assert kwargs["comment"] == comment
    assert kwargs["created"] is True
    assert kwargs["previous_text"] is None


@pytest.mark.django_db
def test_comment_edited_is_sent_once_with_the_previous_text(
    member, post, received, make_comment, django_capture_on_commit_callbacks
):
    comment = make_comment(author=member, target=post, text="Avant")

    with django_capture_on_commit_callbacks(execute=True):
        comment_edit(editor=member, comment=comment, text="Après")
        comment_edit(editor=member, comment=comment, text="Après")

    assert [(name, kw["created"], kw["previous_text"]) for name, kw in received] == [
        ("edited", False, "Avant")
    ]


@pytest.mark.django_db
def test_refused_comment_sends_nothing(
    member, post, received, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(ValidationError),
    ):
        comment_create(author=member, target=post, text="   ")

    assert callbacks == []
    assert received == []


@pytest.mark.django_db
def test_replies_stay_one_level_deep(member, post, make_comment):
    question = make_comment(author=member, target=post)
    answer = make_comment(author=member, target=post, parent=question)

    again = comment_create(author=member, target=post, text="Oui", parent=answer)

    assert again.parent == question


@pytest.mark.django_db
def test_cannot_reply_to_a_removed_comment(member, post, make_comment):
    question = make_comment(author=member, target=post)
    comment_delete(user=member, comment=question)

    with pytest.raises(ValidationError):
        comment_create(author=member, target=post, text="Trop tard", parent=question)


@pytest.mark.django_db
def test_only_the_author_edits_or_deletes(member, make_user, post, make_comment):
    comment = make_comment(author=member, target=post, text="À moi")
    other = make_user()

    with pytest.raises(PermissionDenied):
        comment_edit(editor=other, comment=comment, text="À toi")
    with pytest.raises(PermissionDenied):
        comment_delete(user=other, comment=comment)

    comment.refresh_from_db()
    assert (comment.text, comment.status) == ("À moi", "published")


@pytest.mark.django_db
def test_only_moderators_hide_and_a_reason_is_required(
    member, administrator, post, make_comment
):
    comment = make_comment(author=member, target=post)

    with pytest.raises(PermissionDenied):
        comment_hide(moderator=member, comment=comment, reason="Non")
    with pytest.raises(ValidationError):
        comment_hide(moderator=administrator, comment=comment, reason="  ")

    assert Comment.objects.get().status == "published"


@pytest.mark.django_db
def test_hide_many_skips_comments_already_removed(
    member, administrator, post, make_comment
):
    kept = make_comment(author=member, target=post)
    deleted = make_comment(author=member, target=post)
    comment_delete(user=member, comment=deleted)

    hidden = comment_hide_many(
        moderator=administrator,
        comments=Comment.objects.filter(pk__in=[kept.pk, deleted.pk]),
        reason="Spam",
    )

    assert hidden == 1
    assert Comment.objects.get(pk=deleted.pk).status == "deleted"
