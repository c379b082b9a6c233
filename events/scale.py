"""Scale data: events over three years (two past, one ahead), some repeating."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType

from events.models import EventIndexPage, EventPage, EventPublication, EventType
from home.scale import bulk_add_pages, bulk_insert

SCALE_ORDER = 22
COUNTS = {"events": 1500}
RECURRING_SHARE = 0.1
PLACES = [
    "Salle du conseil, mairie de Lyon",
    "Tour Séquoia, La Défense",
    "DDT du Rhône, 165 rue Garibaldi, Lyon",
    "",
]


def _event(ctx, event_types) -> EventPage:
    start = ctx.now + timedelta(
        days=ctx.rng.randint(-730, 365), hours=ctx.rng.randint(-6, 6)
    )
    start = start.replace(minute=ctx.rng.choice((0, 30)), second=0, microsecond=0)
    event = EventPage(
        title=ctx.title(),
        event_type=ctx.rng.choice(event_types),
        start=start,
        end=start + timedelta(hours=ctx.rng.choice((1, 2, 3))),
        location=ctx.rng.choice(PLACES),
        online_url="https://visio.osmose.example/salle"
        if ctx.rng.random() < 0.5
        else "",
        organiser="Équipe Démat. ADS",
        description=[{"type": "paragraph", "value": f"<p>{ctx.paragraph(3)}</p>"}],
        cancelled=ctx.rng.random() < 0.03,
        owner_id=ctx.member_id(),
        first_published_at=min(ctx.now, start) - timedelta(days=ctx.rng.randint(7, 60)),
    )
    if ctx.rng.random() < RECURRING_SHARE:
        event.recurrence = ctx.rng.choice(
            (
                EventPage.Recurrence.WEEKLY,
                EventPage.Recurrence.MONTHLY_BY_DATE,
                EventPage.Recurrence.MONTHLY_BY_WEEKDAY,
            )
        )
        event.recurrence_count = ctx.rng.randint(4, 12)
    event.occurrences_end = event.schedule().last_end()
    return event


def generate(ctx) -> None:
    index = EventIndexPage.objects.child_of(ctx.home).first()
    event_types = list(EventType.objects.all())
    events = [_event(ctx, event_types) for _ in range(ctx.count("events"))]
    events.sort(key=lambda event: event.first_published_at)
    bulk_add_pages(ctx, "events", index, events)
    bulk_insert(
        ctx,
        "event publications",
        EventPublication,
        (EventPublication(event_id=event.pk, sequence=0) for event in events),
        len(events),
    )
    ctx.targets["events"] = {
        "content_type_id": ContentType.objects.get_for_model(EventPage).pk,
        "ids": [event.pk for event in events],
        "titles": {event.pk: event.title for event in events},
        "urls": {event.pk: ctx.page_url(event) for event in events},
        "commentable": False,
    }
