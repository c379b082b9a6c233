"""Demo mentions: comments that mention "Membre" and answer her comment.

Posted through the comments service, so they notify exactly as members' own
comments do (once the demo is committed). Runs after the blog's loader.
"""

from wagtail.models import Page

from comments.models import Comment
from comments.services import comment_create

DEMO_ORDER = 85


def load(ctx) -> None:
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
