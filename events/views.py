"""Views of the calendar: the page routes call these, plus the anonymous feed."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from events import ical, selectors, services
from events.forms import EventFilterForm, ParticipationForm
from home.pagination import paginate

PAGE_SIZE = 20
FEED_MAX_AGE = 300
YEARS = range(1900, 2200)


def _event_type_filter(request):
    form = EventFilterForm(request.GET or None)
    event_type = form.cleaned_data["type"] if form.is_valid() else None
    return form, event_type


def _subscription_context(request) -> dict:
    subscription = services.subscription_ensure(user=request.user)
    token = selectors.subscription_token(subscription=subscription)
    feed_url = request.build_absolute_uri(
        reverse("events:feed", kwargs={"token": token})
    )
    return {
        "feed_url": feed_url,
        "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
    }


def event_upcoming(request, *, page):
    """The calendar page: upcoming occurrences, type filter, subscription."""
    form, event_type = _event_type_filter(request)
    occurrences = selectors.occurrence_list_upcoming(
        user=request.user, event_type=event_type
    )
    page_obj = paginate(
        occurrences, page_number=request.GET.get("page"), per_page=PAGE_SIZE
    )
    return page.render(
        request,
        template="events/event_index_page.html",
        context_overrides={
            "filter_form": form,
            "event_type": event_type,
            "page_obj": page_obj,
            "view_name": "upcoming",
            **_subscription_context(request),
        },
    )


def event_month(request, *, page, year=None, month=None):
    """The month grid (the current month without arguments)."""
    today = timezone.localdate()
    if year is None:
        year, month = today.year, today.month
    if year not in YEARS or not 1 <= month <= 12:
        raise Http404
    grid = selectors.month_grid_for_user(
        user=request.user, year=year, month=month, today=today
    )
    return page.render(
        request,
        template="events/event_month.html",
        context_overrides={"grid": grid, "today": today, "view_name": "month"},
    )


def event_archive(request, *, page):
    """Past occurrences (of one-off events and series), latest first."""
    form, event_type = _event_type_filter(request)
    occurrences = selectors.occurrence_list_past(
        user=request.user, event_type=event_type
    )
    page_obj = paginate(
        occurrences, page_number=request.GET.get("page"), per_page=PAGE_SIZE
    )
    return page.render(
        request,
        template="events/event_archive.html",
        context_overrides={
            "filter_form": form,
            "event_type": event_type,
            "page_obj": page_obj,
            "view_name": "archive",
        },
    )


def subscription_regenerate(request, *, page):
    """POST: replace the member's feed address."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.subscription_regenerate(user=request.user)
    messages.success(
        request,
        _(
            "Your subscription address has been renewed; the previous one no longer "
            "works. Subscribe your calendar again with the new one."
        ),
    )
    return redirect(page.get_url(request) + "#abonnement")


def event_participation(request, *, event):
    """POST: register to or withdraw from an event, then back to its page."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ParticipationForm(request.POST)
    if form.is_valid():
        if form.cleaned_data["action"] == ParticipationForm.REGISTER:
            try:
                services.event_register(user=request.user, event=event)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("You are registered to this event."))
        else:
            services.event_unregister(user=request.user, event=event)
            messages.success(request, _("You are no longer registered to this event."))
    return redirect(event.get_url(request) + "#participants")


def _calendar_response(body: bytes, *, filename: str, attachment: bool):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def event_ics(request, *, event):
    """The event as a .ics file, for "Ajouter à mon agenda"."""
    body = ical.calendar_to_ical(
        name=event.title, events=[(event, event.get_full_url(request))]
    )
    response = _calendar_response(body, filename=f"{event.slug}.ics", attachment=True)
    patch_cache_control(response, private=True, no_cache=True)
    return response


@login_not_required
@require_safe
def calendar_feed(request, token):
    """A member's subscribed calendar: anonymous, opened by its secret token."""
    subscription = selectors.subscription_for_token(token=token)
    if subscription is None:
        raise Http404
    events = selectors.feed_event_list(user=subscription.user)
    etag, last_modified = selectors.feed_version(
        events=events, subscription=subscription
    )
    response = get_conditional_response(
        request, etag=etag, last_modified=int(last_modified.timestamp())
    )
    if response is None:
        pages = events.select_related("event_type").prefetch_related("exceptions")
        body = ical.calendar_to_ical(
            name=_("%(site)s calendar") % {"site": settings.SITE_NAME},
            events=[(event, event.get_full_url(request)) for event in pages],
        )
        response = _calendar_response(body, filename="osmose.ics", attachment=False)
    response["ETag"] = quote_etag(etag)
    response["Last-Modified"] = http_date(last_modified.timestamp())
    patch_cache_control(response, private=True, max_age=FEED_MAX_AGE)
    return response
