"""Demo mentions: comments that mention "Membre" and answer her comment.

Posted through the comments service, so they notify exactly as members' own
comments do (once the demo is committed). Runs after the blog's loader.
"""

import datetime
from collections import defaultdict

from django.utils import timezone
from wagtail.models import Page

from comments.models import Comment
from comments.services import comment_create

DEMO_ORDER = 85


def load(ctx) -> None:
    _mentions(ctx)
    comment_dates_spread()


def _mentions(ctx) -> None:
    launch = Page.objects.filter(slug="lancement-osmose").first()
    webinar = Page.objects.filter(slug="retour-webinaire-instruire-en-ligne").first()
    if launch is None or webinar is None:
        return
    launch, webinar = launch.specific, webinar.specific
    users = ctx.users
    if not Comment.objects.filter(author=users["jdupont"], text__contains="@[membre]"):
        comment_create(
            author=users["jdupont"],
            target=launch,
            text=(
                "@[membre] tu trouveras ici la présentation à diffuser aux services "
                "instructeurs de ta commune."
            ),
            check_flood=False,
        )
    answered = Comment.objects.filter(
        author=users["membre"], object_id=webinar.pk, parent=None
    ).first()
    if answered is not None and not answered.replies.filter(author=users["crousseau"]):
        comment_create(
            author=users["crousseau"],
            target=webinar,
            parent=answered,
            text="Même retour de notre côté, @Marc Nguyen a partagé la grille.",
            check_flood=False,
        )
    ctx.say("Mentions de démonstration : prêtes.")


# Comments the demo has just posted: older ones were spread by an earlier run.
JUST_POSTED = datetime.timedelta(minutes=30)


def comment_dates_spread(*, now: datetime.datetime | None = None) -> int:
    """Date the demo's new comments between their target's date and now.

    Every demo comment is posted at load time; spread in order, each thread
    reads as a conversation that followed the post. Returns how many moved.
    """
    now = now or timezone.now()
    fresh = Comment.objects.filter(created_at__gte=now - JUST_POSTED).order_by(
        "created_at", "pk"
    )
    by_target = defaultdict(list)
    for comment in fresh.prefetch_related("target"):
        if comment.target is not None:
            by_target[comment.target].append(comment)
    moved = 0
    for target, comments in by_target.items():
        since = _published_at(target)
        if since is None or since >= now:
            continue
        step = (now - since) / (len(comments) + 1)
        for position, comment in enumerate(comments, start=1):
            # Demo data only: members' comments keep the time they were posted.
            Comment.objects.filter(pk=comment.pk).update(
                created_at=since + step * position
            )
            moved += 1
    return moved


def _published_at(target) -> datetime.datetime | None:
    day = getattr(target, "date", None)
    if isinstance(day, datetime.date) and not isinstance(day, datetime.datetime):
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
    return getattr(target, "first_published_at", None) or getattr(
        target, "created_at", None
    )
