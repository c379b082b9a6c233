"""Demo content of the service: its entry page under the home page."""

from discussions.models import DiscussionIndexPage
from home.demo import ensure_child

INDEX_ORDER = 40


def ensure_index(ctx) -> None:
    ensure_child(
        ctx.home,
        DiscussionIndexPage,
        slug="echanges",
        title="Espaces d'échanges",
        introduction="<p>Des fils de discussion thématiques pour réagir en direct.</p>",
    )
