from django import template
from django.urls import reverse

from comments.forms import CommentForm
from comments.rendering import comment_text_to_html
from comments.selectors import comment_count_for_threads, comment_threads_for_target
from comments.services import comment_user_can_moderate
from comments.targets import target_content_type_id

register = template.Library()


@register.inclusion_tag("comments/tags/comments_section.html", takes_context=True)
def comments_section(context, target):
    """The comments under `target` and the form to add one (a constant 1 query).

    Renders nothing for an unsaved target (e.g. previewing a new page).
    """
    request = context["request"]
    if target.pk is None:
        return {"hidden": True}
    threads = comment_threads_for_target(target=target)
    return {
        "request": request,
        "user": request.user,
        "csrf_token": context.get("csrf_token"),
        "threads": threads,
        "count": comment_count_for_threads(threads),
        "form": CommentForm(),
        "post_url": reverse(
            "comments:create", args=[target_content_type_id(target), target.pk]
        ),
        "can_moderate": comment_user_can_moderate(request.user),
    }


@register.filter
def comment_html(text: str):
    """A member's comment text as safe HTML (escaped, links, line breaks)."""
    return comment_text_to_html(text)
