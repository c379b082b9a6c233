"""Member pages for comments; each works with a plain POST and a redirect."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from comments.forms import CommentForm, CommentHideForm
from comments.models import Comment
from comments.selectors import comment_get_for_user
from comments.services import (
    comment_create,
    comment_delete,
    comment_edit,
    comment_hide,
    comment_user_can_moderate,
)
from comments.targets import (
    comment_target_get_for_user,
    comment_target_url,
    target_content_type_id,
)
from osmose_site.input import ascii_id


def _comment_url(target, comment: Comment) -> str:
    return f"{comment_target_url(target)}#{comment.anchor}"


def _section_url(target) -> str:
    return f"{comment_target_url(target)}#commentaires"


def _parent_for(target, parent_id) -> Comment | None:
    parent_id = ascii_id(parent_id)
    if parent_id is None:
        return None
    parent = Comment.objects.filter(
        pk=parent_id,
        content_type_id=target_content_type_id(target),
        object_id=target.pk,
    ).first()
    if parent is None:
        raise Http404
    return parent


@require_http_methods(["GET", "POST"])
def comment_create_view(request, content_type_id: int, object_id: int):
    """Post a comment or a reply; on a refusal, show the form with the typed text."""
    target = comment_target_get_for_user(
        content_type_id=content_type_id, object_id=object_id, user=request.user
    )
    if request.method == "POST":
        parent = _parent_for(target, request.POST.get("parent"))
        form = CommentForm(request.POST)
    else:
        parent = _parent_for(target, request.GET.get("parent"))
        form = CommentForm(initial={"parent": parent.pk if parent else None})
    if form.is_bound and form.is_valid():
        try:
            comment = comment_create(
                author=request.user,
                target=target,
                text=form.cleaned_data["text"],
                parent=parent,
            )
        except ValidationError as err:
            form.add_error("text", err)
        else:
            messages.success(request, _("Your comment has been posted."))
            return redirect(_comment_url(target, comment))
    return render(
        request,
        "comments/comment_form.html",
        {
            "form": form,
            "target": target,
            "target_url": comment_target_url(target),
            "parent": parent,
        },
    )


@require_http_methods(["GET"])
def comment_permalink_view(request, pk: int):
    """Send a link to a comment (e.g. from a notification) to its place on the page."""
    comment = Comment.objects.filter(pk=pk).first()
    if comment is None:
        raise Http404
    target = comment_target_get_for_user(
        content_type_id=comment.content_type_id,
        object_id=comment.object_id,
        user=request.user,
    )
    if comment.is_published:
        return redirect(_comment_url(target, comment))
    return redirect(_section_url(target))


def _own_comment(request, pk: int) -> Comment:
    comment = comment_get_for_user(pk=pk, user=request.user)
    if comment.author_id != request.user.pk:
        raise PermissionDenied
    return comment


@require_http_methods(["GET", "POST"])
def comment_edit_view(request, pk: int):
    """Edit one's own comment."""
    comment = _own_comment(request, pk)
    form = CommentForm(
        request.POST if request.method == "POST" else None,
        initial={"text": comment.text},
    )
    if form.is_bound and form.is_valid():
        try:
            comment_edit(
                editor=request.user, comment=comment, text=form.cleaned_data["text"]
            )
        except ValidationError as err:
            form.add_error("text", err)
        else:
            messages.success(request, _("Your comment has been updated."))
            return redirect(_comment_url(comment.target, comment))
    return render(
        request,
        "comments/comment_edit.html",
        {
            "form": form,
            "comment": comment,
            "target": comment.target,
            "target_url": comment_target_url(comment.target),
        },
    )


@require_http_methods(["GET", "POST"])
def comment_delete_view(request, pk: int):
    """Confirm, then delete one's own comment."""
    comment = _own_comment(request, pk)
    if request.method == "POST":
        comment_delete(user=request.user, comment=comment)
        messages.success(request, _("Your comment has been deleted."))
        return redirect(_section_url(comment.target))
    return render(
        request,
        "comments/comment_confirm_delete.html",
        {
            "comment": comment,
            "target": comment.target,
            "target_url": comment_target_url(comment.target),
        },
    )


@require_http_methods(["GET", "POST"])
def comment_hide_view(request, pk: int):
    """A moderator hides a comment from members, giving a reason."""
    if not comment_user_can_moderate(request.user):
        raise PermissionDenied
    comment = comment_get_for_user(pk=pk, user=request.user)
    form = CommentHideForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        comment_hide(
            moderator=request.user,
            comment=comment,
            reason=form.cleaned_data["reason"],
        )
        messages.success(request, _("The comment has been hidden."))
        return redirect(_section_url(comment.target))
    return render(
        request,
        "comments/comment_hide.html",
        {
            "form": form,
            "comment": comment,
            "target": comment.target,
            "target_url": comment_target_url(comment.target),
        },
    )
