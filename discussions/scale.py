"""Scale data: themes, threads and their messages, one thread much busier."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType

from discussions.models import Message, Theme, Thread
from home.scale import bulk_insert, historic_dates, unique_slugs

SCALE_ORDER = 28
COUNTS = {"themes": 40, "threads": 1000, "thread_messages": 100000}
BUSY_THREAD_MESSAGES = 2000


def _themes(ctx) -> list[Theme]:
    existing = list(Theme.objects.all())
    wanted = max(0, ctx.count("themes") - len(existing))
    titles = [ctx.title() for _ in range(wanted)]
    slugs = unique_slugs(titles, Theme.objects.values_list("slug", flat=True))
    start = len(existing)
    new = [
        Theme(title=title, slug=slug, description=ctx.sentence(), order=start + n)
        for n, (title, slug) in enumerate(zip(titles, slugs, strict=True))
    ]
    return existing + Theme.objects.bulk_create(new)


def generate(ctx) -> None:
    themes = _themes(ctx)
    total_threads = ctx.count("threads")
    titles = [ctx.title() for _ in range(total_threads)]
    slugs = unique_slugs(titles, Thread.objects.values_list("slug", flat=True))
    threads = [
        Thread(
            theme=ctx.rng.choice(themes),
            title=title,
            slug=slug,
            author_id=ctx.member_id(),
            created_at=ctx.past(),
            pinned=ctx.rng.random() < 0.02,
            locked=ctx.rng.random() < 0.02,
        )
        for title, slug in zip(titles, slugs, strict=True)
    ]
    with historic_dates(Thread, Message):
        threads = bulk_insert(ctx, "threads", Thread, threads, total_threads)
        total = ctx.count("thread_messages")
        busy = threads[0]
        busy_count = min(BUSY_THREAD_MESSAGES, total // 2)
        # Each thread opens with its question, the rest spread at random.
        owners = [busy] * busy_count + threads[1:]
        owners += [ctx.rng.choice(threads) for _ in range(max(0, total - len(owners)))]
        planned = []
        for thread in owners:
            age = max(60, int((ctx.now - thread.created_at).total_seconds()))
            planned.append(
                (thread.created_at + timedelta(seconds=ctx.rng.randint(0, age)), thread)
            )
        for thread in threads:
            planned.append((thread.created_at, thread))
        planned.sort(key=lambda pair: pair[0])
        messages = bulk_insert(
            ctx,
            "thread messages",
            Message,
            (
                Message(
                    thread_id=thread.pk,
                    author_id=thread.author_id
                    if when == thread.created_at
                    else ctx.member_id(),
                    text=ctx.member_text(),
                    created_at=when,
                )
                for when, thread in planned
            ),
            len(planned),
        )
    summary = {}
    for message in messages:
        count, _last = summary.get(message.thread_id, (0, None))
        summary[message.thread_id] = (count + 1, message)
    for thread in threads:
        count, last = summary[thread.pk]
        thread.message_count = count
        thread.last_message = last
        thread.last_activity_at = last.created_at
    Thread.objects.bulk_update(
        threads, ["message_count", "last_message", "last_activity_at"], batch_size=500
    )
    ctx.targets["threads"] = {
        "content_type_id": ContentType.objects.get_for_model(Thread).pk,
        "ids": [thread.pk for thread in threads],
        "titles": {thread.pk: thread.title for thread in threads},
        "urls": {thread.pk: f"/echanges/fil/{thread.slug}/" for thread in threads},
        "commentable": False,
    }
    ctx.figures["busy_thread"] = busy.slug
