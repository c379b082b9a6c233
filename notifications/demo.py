"""Demo notifications for "Membre": a mention, a reply and new content notices.

Loaded late so every service's demo content exists; `once_per_target` keeps a
second run from adding anything.
"""

from datetime import timedelta

from django.utils import timezone

from notifications.models import MemberVisit
from notifications.services import notification_send
from notifications.verbs import Verb

DEMO_ORDER = 90


def load(ctx) -> None:
    member = ctx.users["membre"]
    about = ctx.home.get_children().filter(slug="osmose").first()
    rules = ctx.home.get_children().filter(slug="regles").first()
    if about is None or rules is None:
        return
    about, rules = about.specific, rules.specific
    notices = [
        (
            Verb.MENTION,
            ctx.users["jdupont"],
            about,
            "#presentation",
            "@Hélène Martin, tu trouveras ici la présentation à diffuser aux "
            "services instructeurs de ta commune.",
        ),
        (
            Verb.REPLY,
            ctx.users["crousseau"],
            rules,
            "#regles",
            "Merci pour la question : oui, on écrit @ puis le prénom et le nom.",
        ),
        (Verb.NEW_POST, ctx.users["editeur"], rules, "", ""),
    ]
    for verb, actor, target, anchor, excerpt in notices:
        notification_send(
            recipients=[member],
            actor=actor,
            verb=verb,
            target=target,
            url=f"{target.url}{anchor}",
            title=target.title,
            excerpt=excerpt,
            once_per_target=True,
        )
    # Two earlier visits, so the home page has something "since your last visit".
    now = timezone.now()
    MemberVisit.objects.get_or_create(
        user=member,
        defaults={
            "current_visit_at": now - timedelta(days=2),
            "previous_visit_at": now - timedelta(days=5),
        },
    )
    ctx.say("Notifications de démonstration : prêtes.")
