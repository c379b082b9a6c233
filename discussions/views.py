"""Thread pages and member actions; each works with a plain POST and a redirect."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from discussions import selectors
from discussions.forms import (
    MessageEditForm,
    MessageForm,
    ModerationForm,
    ReportForm,
    ThreadCreateForm,
)
from discussions.models import DiscussionIndexPage, Message, Thread
from discussions.permissions import (
    can_edit_message,
    can_manage_threads,
    can_moderate,
    can_reply,
    can_report_message,
)
from discussions.promotion import message_promote, promotion_targets
from discussions.services import (
    message_create,
    message_delete,
    message_edit,
    message_hide,
    message_report,
    message_reports_dismiss,
    message_restore,
    read_position_update,
    thread_create,
    thread_follow,
    thread_set_answer,
    thread_unfollow,
    thread_update,
)
from discussions.suggestions import answer_suggestions, suggestions_enabled
from home.pagination import paginate
from mentions.directory import mentions_prefetch
from osmose_site.input import ascii_id

NEW_MESSAGES_ANCHOR = "nouveaux-messages"


def _thread_url(thread: Thread) -> str:
    return reverse("discussions:thread", kwargs={"slug": thread.slug})


def _index_url() -> str:
    index = DiscussionIndexPage.objects.live().first()
    return index.url if index is not None else "/"


def _message_context(request, thread: Thread, page) -> dict:
    rows = list(page.object_list)
    texts = [m.text for m in rows if m.is_published]
    texts += [m.reply_to.text for m in rows if m.quote and m.reply_to_id]
    if thread.answer_id:
        texts.append(thread.answer.text)
    mentions_prefetch(texts)
    return {"messages_on_page": rows}


@require_GET
def thread_view(request, slug: str):
    """A thread, one page at a time; without a page, at the member's first unread."""
    thread = selectors.thread_get_for_user(user=request.user, slug=slug)
    read_upto = selectors.read_position_for_user(user=request.user, thread=thread)
    first_unread = selectors.first_unread_message_id(
        user=request.user, thread=thread, read_upto=read_upto
    )
    page_number = request.GET.get("page")
    if page_number is None and first_unread and read_upto:
        number = selectors.message_page_number(
            message_id=first_unread, thread_id=thread.pk
        )
        # Always with a page number: the page shown next moves the read
        # position, and the address without one would send here again.
        return redirect(f"{_thread_url(thread)}?page={number}#{NEW_MESSAGES_ANCHOR}")
    page = selectors.thread_page_for_user(
        user=request.user, thread=thread, page_number=page_number
    )
    context = {
        "thread": thread,
        "page": page,
        # The divider goes before the first unread message, for a returning reader.
        "first_unread_id": first_unread if read_upto else None,
        "new_messages_anchor": NEW_MESSAGES_ANCHOR,
        "followed": selectors.thread_is_followed(user=request.user, thread=thread),
        "can_reply": can_reply(request.user, thread),
        "can_manage": can_manage_threads(request.user),
        "can_moderate": can_moderate(request.user),
        "promotion_targets": promotion_targets(request.user),
        "suggestions": suggestions_enabled(),
        "form": MessageForm(),
        **_message_context(request, thread, page),
    }
    shown = [m.pk for m in context["messages_on_page"]]
    if shown and max(shown) > read_upto:
        read_position_update(user=request.user, thread=thread, message_id=max(shown))
    return render(request, "discussions/thread.html", context)


@require_GET
def theme_view(request, slug: str):
    """Every thread of a theme, paginated."""
    theme = selectors.theme_get(slug=slug)
    page = paginate(
        selectors.thread_list_for_user(user=request.user, theme=theme),
        page_number=request.GET.get("page"),
        per_page=selectors.THREADS_PER_THEME_PAGE,
    )
    return render(
        request,
        "discussions/theme.html",
        {
            "theme": theme,
            "page": page,
            "index_url": _index_url(),
            "can_create_thread": can_manage_threads(request.user),
        },
    )


@require_GET
def message_permalink_view(request, pk: int):
    """Send a link to a message (e.g. from a notification) to its page and anchor."""
    message = selectors.message_get_for_user(user=request.user, pk=pk, published=False)
    return redirect(selectors.message_url(message))


def _reply_to(thread: Thread, value) -> Message | None:
    value = ascii_id(value)
    if value is None:
        return None
    reply_to = (
        Message.objects.select_related("author").filter(pk=value, thread=thread).first()
    )
    if reply_to is None:
        raise Http404
    return reply_to


@require_http_methods(["GET", "POST"])
def message_create_view(request, slug: str):
    """Reply (possibly to, or quoting, a message); a refusal gives the text back."""
    thread = selectors.thread_get_for_user(user=request.user, slug=slug)
    source = request.POST if request.method == "POST" else request.GET
    reply_to = _reply_to(thread, source.get("reply_to"))
    quote = source.get("quote") in ("1", "true", "True", "on")
    if request.method == "POST":
        form = MessageForm(request.POST)
    else:
        form = MessageForm(
            initial={"reply_to": reply_to.pk if reply_to else None, "quote": quote}
        )
    if thread.locked and request.method == "POST":
        form.is_valid()
        form.add_error(None, _("This thread is locked: it no longer takes replies."))
    elif form.is_bound and form.is_valid():
        try:
            message = message_create(
                author=request.user,
                thread=thread,
                text=form.cleaned_data["text"],
                reply_to=reply_to,
                quote=quote,
            )
        except ValidationError as err:
            form.add_error("text" if err.code != "locked" else None, err)
        else:
            messages.success(request, _("Your message has been posted."))
            return redirect(selectors.message_url(message))
    if reply_to is not None and reply_to.is_published:
        mentions_prefetch([reply_to.text])
    return render(
        request,
        "discussions/message_form.html",
        {
            "form": form,
            "thread": thread,
            "reply_to": reply_to,
            "quote": quote,
            "can_reply": can_reply(request.user, thread),
            "suggestions": suggestions_enabled(),
        },
        status=200,
    )


def _own_message(request, pk: int) -> Message:
    message = selectors.message_get_for_user(user=request.user, pk=pk)
    if not can_edit_message(request.user, message):
        raise PermissionDenied
    return message


@require_http_methods(["GET", "POST"])
def message_edit_view(request, pk: int):
    """Edit one's own message."""
    message = _own_message(request, pk)
    form = MessageEditForm(
        request.POST if request.method == "POST" else None,
        initial={"text": message.text},
    )
    if form.is_bound and form.is_valid():
        try:
            message_edit(
                editor=request.user, message=message, text=form.cleaned_data["text"]
            )
        except ValidationError as err:
            form.add_error("text", err)
        else:
            messages.success(request, _("Your message has been updated."))
            return redirect(selectors.message_url(message))
    return render(
        request,
        "discussions/message_edit.html",
        {"form": form, "message": message, "thread": message.thread},
    )


@require_http_methods(["GET", "POST"])
def message_delete_view(request, pk: int):
    """Confirm, then delete one's own message."""
    message = _own_message(request, pk)
    if request.method == "POST":
        message_delete(user=request.user, message=message)
        messages.success(request, _("Your message has been deleted."))
        return redirect(selectors.message_url(message))
    mentions_prefetch([message.text])
    return render(
        request,
        "discussions/message_confirm_delete.html",
        {"message": message, "thread": message.thread},
    )


@require_http_methods(["GET", "POST"])
def message_report_view(request, pk: int):
    """Report a message to the moderators, with an optional reason."""
    message = selectors.message_get_for_user(user=request.user, pk=pk)
    if not can_report_message(request.user, message):
        raise PermissionDenied
    form = ReportForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        message_report(
            reporter=request.user, message=message, reason=form.cleaned_data["reason"]
        )
        messages.success(
            request, _("Thank you: the moderators will look at this message.")
        )
        return redirect(selectors.message_url(message))
    mentions_prefetch([message.text])
    return render(
        request,
        "discussions/message_report.html",
        {"form": form, "message": message, "thread": message.thread},
    )


@require_http_methods(["GET", "POST"])
def message_moderate_view(request, pk: int, action: str):
    """A moderator hides or restores a message, giving a reason."""
    if not can_moderate(request.user):
        raise PermissionDenied
    message = selectors.message_get_for_user(user=request.user, pk=pk, published=False)
    form = ModerationForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        service = message_hide if action == "hide" else message_restore
        changed = service(
            moderator=request.user,
            message=message,
            reason=form.cleaned_data["reason"],
        )
        if changed:
            messages.success(
                request,
                _("The message has been hidden.")
                if action == "hide"
                else _("The message has been restored."),
            )
        return redirect(selectors.message_url(message))
    return render(
        request,
        "discussions/message_moderate.html",
        {
            "form": form,
            "message": message,
            "thread": message.thread,
            "action": action,
        },
    )


@require_http_methods(["GET", "POST"])
def message_reports_dismiss_view(request, pk: int):
    """A moderator leaves a reported message as it is and closes its reports."""
    if not can_moderate(request.user):
        raise PermissionDenied
    message = selectors.message_get_for_user(user=request.user, pk=pk, published=False)
    if request.method == "POST":
        message_reports_dismiss(moderator=request.user, message=message)
        messages.success(request, _("The reports of this message are closed."))
        return redirect(selectors.message_url(message))
    return render(
        request,
        "discussions/message_dismiss.html",
        {
            "message": message,
            "thread": message.thread,
            "reports": message.reports.filter(handled_at=None).select_related(
                "reporter"
            ),
        },
    )


@require_POST
def message_answer_view(request, pk: int):
    """Mark (or unmark) the message that answers its thread."""
    if not can_manage_threads(request.user):
        raise PermissionDenied
    message = selectors.message_get_for_user(user=request.user, pk=pk)
    thread = message.thread
    unmark = thread.answer_id == message.pk
    thread_set_answer(
        by=request.user, thread=thread, message=None if unmark else message
    )
    messages.success(
        request,
        _("The thread is no longer marked as resolved.")
        if unmark
        else _("The thread is marked as resolved by this message."),
    )
    return redirect(selectors.message_url(message))


@require_POST
def message_promote_view(request, pk: int):
    """Hand a question and its answer to a promotion target (e.g. a FAQ draft)."""
    message = selectors.message_get_for_user(user=request.user, pk=pk)
    url = message_promote(
        request=request, message=message, target_key=request.POST.get("target", "")
    )
    return redirect(url)


@require_POST
def thread_follow_view(request, slug: str):
    """Follow or stop following a thread."""
    thread = selectors.thread_get_for_user(user=request.user, slug=slug)
    if request.POST.get("action") == "unfollow":
        thread_unfollow(user=request.user, thread=thread)
        messages.success(request, _("You no longer follow this thread."))
    else:
        thread_follow(user=request.user, thread=thread)
        messages.success(
            request, _("You follow this thread: new messages will be notified.")
        )
    return redirect(_thread_url(thread))


THREAD_ACTIONS = {
    "pin": {"pinned": True},
    "unpin": {"pinned": False},
    "lock": {"locked": True},
    "unlock": {"locked": False},
}


@require_POST
def thread_manage_view(request, slug: str):
    """Pin, unpin, lock or unlock a thread (administrators)."""
    if not can_manage_threads(request.user):
        raise PermissionDenied
    thread = selectors.thread_get_for_user(user=request.user, slug=slug)
    changes = THREAD_ACTIONS.get(request.POST.get("action", ""))
    if changes is None:
        raise Http404
    thread_update(by=request.user, thread=thread, **changes)
    messages.success(request, _("The thread has been updated."))
    return redirect(_thread_url(thread))


@require_http_methods(["GET", "POST"])
def thread_create_view(request):
    """ "Posez une question": administrators open a thread."""
    if not can_manage_threads(request.user):
        raise PermissionDenied
    form = ThreadCreateForm(
        request.POST if request.method == "POST" else None,
        initial={"theme": request.GET.get("theme")},
    )
    if form.is_bound and form.is_valid():
        try:
            thread = thread_create(
                author=request.user,
                theme=form.cleaned_data["theme"],
                title=form.cleaned_data["title"],
                text=form.cleaned_data["text"],
            )
        except ValidationError as err:
            form.add_error(None, err)
        else:
            messages.success(request, _("The thread has been opened."))
            return redirect(_thread_url(thread))
    return render(
        request,
        "discussions/thread_form.html",
        {"form": form, "index_url": _index_url()},
    )


@require_GET
def suggestions_view(request):
    """Answers already published that match what the member is typing (JSON)."""
    query = request.GET.get("q", "").strip()[:200]
    return JsonResponse({"results": answer_suggestions(user=request.user, query=query)})
