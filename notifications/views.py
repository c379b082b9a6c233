from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.pagination import paginate
from notifications import selectors, services
from notifications.forms import PreferencesForm

NOTIFICATIONS_PER_PAGE = 20


def _next_url(request, fallback: str) -> str:
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return fallback


def notification_list(request):
    """/notifications/: all my notifications, newest first, paginated."""
    page = paginate(
        selectors.notification_list_for_user(user=request.user),
        page_number=request.GET.get("page"),
        per_page=NOTIFICATIONS_PER_PAGE,
    )
    return render(request, "notifications/notification_list.html", {"page_obj": page})


def notification_open(request, notification_id: int):
    """Follow a notification to its target (the exact anchor), marking it read."""
    notification = selectors.notification_get_for_user(
        user=request.user, notification_id=notification_id
    )
    services.notification_mark_read(notification=notification)
    url = notification.event.target_url
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(url)
    return redirect("notifications:list")


@require_POST
def notification_read(request, notification_id: int):
    """Mark one notification as read (plain form; JavaScript not needed)."""
    notification = selectors.notification_get_for_user(
        user=request.user, notification_id=notification_id
    )
    services.notification_mark_read(notification=notification)
    return redirect(_next_url(request, "notifications:list"))


@require_POST
def notification_read_all(request):
    """Mark all my notifications as read."""
    count = services.notification_mark_all_read(user=request.user)
    if count:
        messages.success(request, _("All your notifications are marked as read."))
    return redirect(_next_url(request, "notifications:list"))


def preferences(request):
    """/notifications/preferences/: what I am told about, on the site and by e-mail."""
    form = PreferencesForm(
        request.POST or None,
        preferences=selectors.preferences_for_user(user=request.user),
    )
    if request.method == "POST" and form.is_valid():
        services.preferences_update(user=request.user, choices=form.choices())
        messages.success(request, _("Your notification preferences are saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})
