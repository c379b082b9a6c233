"""Scale data: notifications about what the other generators made.

Each event (a post, an event, a document, a thread message, a mention) goes to
a few dozen members; most are read. The demo member `membre` gets their share
plus some unread ones, so the bell and the list have something to show.
"""

from datetime import timedelta

from home.scale import bulk_insert
from notifications.models import Notification, NotificationEvent
from notifications.verbs import Verb

SCALE_ORDER = 60
COUNTS = {"notifications": 200000}
RECIPIENTS_PER_EVENT = 50
READ_SHARE = 0.9
VERBS = {
    "blog": Verb.NEW_POST,
    "events": Verb.NEW_EVENT,
    "documents": Verb.NEW_DOCUMENT,
    "threads": Verb.THREAD_MESSAGE,
}


def generate(ctx) -> None:
    sources = [(name, VERBS[name]) for name in VERBS if ctx.targets.get(name)]
    if not sources:
        return
    total = ctx.count("notifications")
    member = ctx.users.get("membre")
    event_count = max(1, total // RECIPIENTS_PER_EVENT)
    events = []
    for _ in range(event_count):
        name, verb = ctx.rng.choice(sources)
        target = ctx.targets[name]
        object_id = ctx.rng.choice(target["ids"])
        if ctx.rng.random() < 0.1:
            verb = Verb.MENTION
        events.append(
            NotificationEvent(
                actor_id=ctx.member_id(),
                verb=verb,
                target_content_type_id=target["content_type_id"],
                target_object_id=str(object_id),
                target_url=target["urls"][object_id],
                target_title=target["titles"][object_id][:255],
                excerpt=ctx.sentence()[:300],
                created_at=ctx.past(365),
            )
        )
    events.sort(key=lambda event: event.created_at)
    events = bulk_insert(
        ctx, "notification events", NotificationEvent, events, event_count
    )

    def rows():
        made = 0
        for event in events:
            recipients = set(
                ctx.rng.sample(
                    ctx.member_ids, min(RECIPIENTS_PER_EVENT, len(ctx.member_ids))
                )
            )
            if member and ctx.rng.random() < 0.1:
                recipients.add(member.pk)
            for recipient_id in recipients:
                if made >= total:
                    return
                made += 1
                read = ctx.rng.random() < READ_SHARE
                yield Notification(
                    event_id=event.pk,
                    recipient_id=recipient_id,
                    on_site=True,
                    read_at=(event.created_at + timedelta(hours=2)) if read else None,
                )

    bulk_insert(ctx, "notifications", Notification, rows(), total)
