"""Member pages of the messaging; each works with a plain POST and a redirect.

The conversation page's script enhances them: it posts with fetch (asking for
JSON), receives new messages over the socket and fetches what it missed.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from home.pagination import paginate
from mentions.directory import mentions_prefetch
from messaging import live, selectors, services
from messaging.forms import AddMembersForm, GroupForm, MessageForm, ReportForm
from messaging.models import GROUP_MAX_MEMBERS
from osmose_site.input import ascii_id
from profiles.selectors import member_get_for_user

CONVERSATIONS_PER_PAGE = 30


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _int_param(value) -> int | None:
    return ascii_id(value)


def _message_url(message) -> str:
    return f"{message.conversation.get_absolute_url()}#{message.anchor}"


@require_GET
def conversation_list(request):
    """/messages/: my conversations, latest activity first, with unread counts."""
    page = paginate(
        selectors.conversation_list_for_user(user=request.user),
        page_number=request.GET.get("page"),
        per_page=CONVERSATIONS_PER_PAGE,
    )
    rows = list(page.object_list)
    mentions_prefetch(
        row.conversation.last_message.text
        for row in rows
        if row.conversation.last_message is not None
    )
    for row in rows:
        row.title = selectors.conversation_title_for(
            row.conversation, viewer=request.user
        )
    return render(
        request,
        "messaging/conversation_list.html",
        {"page_obj": page, "rows": rows},
    )


def _seen_markers(messages_shown, participants, viewer) -> None:
    """Put each other member's "seen" marker on the latest shown message they read,
    among those they did not write themselves."""
    for message in messages_shown:
        message.seen_by = []
    for participant in participants:
        if participant.user_id == viewer.pk:
            continue
        read = [
            m
            for m in messages_shown
            if m.pk <= participant.last_read_message_id
            and m.author_id != participant.user_id
        ]
        if read:
            read[-1].seen_by.append(participant.user)


def _conversation_context(request, conversation, *, form=None, before=None) -> dict:
    history, has_older = selectors.message_history(
        conversation=conversation, before=before
    )
    mentions_prefetch(message.text for message in history)
    participants = list(conversation.participants.all())
    _seen_markers(history, participants, request.user)
    return {
        "conversation": conversation,
        "title": selectors.conversation_title_for(conversation, viewer=request.user),
        "participants": participants,
        "history": history,
        "has_older": has_older,
        "oldest_id": history[0].pk if history else None,
        "last_id": history[-1].pk if history else 0,
        "before": before,
        "form": form or MessageForm(),
        "can_add": conversation.is_group
        and conversation.created_by_id == request.user.pk
        and len(participants) < GROUP_MAX_MEMBERS,
        "members_json": {
            str(participant.user_id): participant.user.get_full_name()
            or participant.user.get_username()
            for participant in participants
        },
    }


@require_http_methods(["GET", "POST"])
def conversation_detail(request, pk: int):
    """A conversation: its latest messages (or older ones), the send form."""
    conversation = selectors.conversation_get_for_user(user=request.user, pk=pk)
    before = _int_param(request.GET.get("before"))
    form = None
    if request.method == "POST":
        form = MessageForm(request.POST)
        message = None
        if form.is_valid():
            try:
                message = services.message_send(
                    author=request.user,
                    conversation=conversation,
                    text=form.cleaned_data["text"],
                )
            except ValidationError as err:
                form.add_error("text", err)
        if _wants_json(request):
            if message is None:
                return JsonResponse(
                    {"errors": [str(e) for e in form.errors.get("text", [])]},
                    status=400,
                )
            return JsonResponse({"message": live.message_payload(message)})
        if message is not None:
            return redirect(_message_url(message))
    elif before is None and (
        conversation.membership.last_read_message_id
        < (conversation.last_message_id or 0)
    ):
        services.conversation_mark_read(user=request.user, conversation=conversation)
    return render(
        request,
        "messaging/conversation_detail.html",
        _conversation_context(request, conversation, form=form, before=before),
    )


@require_GET
def conversation_messages(request, pk: int):
    """JSON: messages after `after` (what a page missed) or before `before`."""
    conversation = selectors.conversation_get_for_user(user=request.user, pk=pk)
    after = _int_param(request.GET.get("after"))
    before = _int_param(request.GET.get("before"))
    if after is not None:
        rows, more = selectors.messages_since(conversation=conversation, after=after)
    elif before is not None:
        rows, more = selectors.message_history(conversation=conversation, before=before)
    else:
        return HttpResponseBadRequest()
    mentions_prefetch(message.text for message in rows)
    return JsonResponse(
        {"messages": [live.message_payload(message) for message in rows], "more": more}
    )


@require_POST
def conversation_read(request, pk: int):
    """Mark the conversation read (up to `up_to`, a message id, when given)."""
    conversation = selectors.conversation_get_for_user(user=request.user, pk=pk)
    marker = services.conversation_mark_read(
        user=request.user,
        conversation=conversation,
        up_to=_int_param(request.POST.get("up_to")),
    )
    if _wants_json(request):
        return JsonResponse({"last_read": marker})
    return redirect(conversation.get_absolute_url())


@require_http_methods(["GET", "POST"])
def conversation_start(request, username: str):
    """Write to a member: their conversation with me, or its first message."""
    other = member_get_for_user(username=username, user=request.user)
    if other.pk == request.user.pk:
        return redirect("messaging:list")
    existing = selectors.conversation_between(first=request.user, second=other)
    if existing is not None:
        return redirect(existing.get_absolute_url())
    form = MessageForm(request.POST or None)
    if form.is_bound and form.is_valid():
        try:
            with transaction.atomic():
                conversation = services.conversation_start_direct(
                    author=request.user, other=other
                )
                message = services.message_send(
                    author=request.user,
                    conversation=conversation,
                    text=form.cleaned_data["text"],
                )
        except ValidationError as err:
            form.add_error("text", err)
        else:
            return redirect(_message_url(message))
    return render(
        request, "messaging/conversation_start.html", {"form": form, "other": other}
    )


@require_http_methods(["GET", "POST"])
def group_create(request):
    """Start a named group conversation."""
    form = GroupForm(request.POST or None)
    if form.is_bound and form.is_valid():
        try:
            conversation = services.conversation_create_group(
                author=request.user,
                title=form.cleaned_data["title"],
                members=form.cleaned_data["members"],
            )
        except ValidationError as err:
            form.add_error("members", err)
        else:
            messages.success(request, _("Your group conversation is created."))
            return redirect(conversation.get_absolute_url())
    return render(request, "messaging/group_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
def group_add_members(request, pk: int):
    """The creator of a group adds members to it."""
    conversation = selectors.conversation_get_for_user(user=request.user, pk=pk)
    form = AddMembersForm(request.POST or None)
    if form.is_bound and form.is_valid():
        try:
            added = services.conversation_add_members(
                actor=request.user,
                conversation=conversation,
                members=form.cleaned_data["members"],
            )
        except ValidationError as err:
            form.add_error("members", err)
        else:
            messages.success(
                request,
                ngettext("%(count)d member added.", "%(count)d members added.", added)
                % {"count": added},
            )
            return redirect(conversation.get_absolute_url())
    if not (conversation.is_group and conversation.created_by_id == request.user.pk):
        return redirect(conversation.get_absolute_url())
    return render(
        request,
        "messaging/group_add_members.html",
        {
            "form": form,
            "conversation": conversation,
            "title": conversation.title,
        },
    )


@require_http_methods(["GET", "POST"])
def group_leave(request, pk: int):
    """Confirm, then leave a group conversation."""
    conversation = selectors.conversation_get_for_user(user=request.user, pk=pk)
    if not conversation.is_group:
        return redirect(conversation.get_absolute_url())
    if request.method == "POST":
        services.conversation_leave(user=request.user, conversation=conversation)
        messages.success(
            request,
            _("You have left “%(title)s”.") % {"title": conversation.title},
        )
        return redirect("messaging:list")
    return render(request, "messaging/group_leave.html", {"conversation": conversation})


@require_http_methods(["GET", "POST"])
def message_report(request, pk: int):
    """Report a message to the moderators ("Signaler")."""
    message = selectors.message_get_for_user(user=request.user, pk=pk)
    form = ReportForm(request.POST or None)
    if form.is_bound and form.is_valid():
        try:
            services.message_report(
                reporter=request.user,
                message=message,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as err:
            form.add_error(None, err)
        else:
            messages.success(
                request, _("Thank you: the moderators will review this message.")
            )
            return redirect(_message_url(message))
    mentions_prefetch([message.text])
    return render(
        request,
        "messaging/message_report.html",
        {"form": form, "message": message, "conversation": message.conversation},
    )
