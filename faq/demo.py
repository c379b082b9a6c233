"""Demo content of the service: its entry page under the home page."""

from faq.models import FaqIndexPage
from home.demo import ensure_child

INDEX_ORDER = 50


def ensure_index(ctx) -> None:
    ensure_child(
        ctx.home,
        FaqIndexPage,
        slug="faq",
        title="FAQ",
        introduction=(
            "<p>Toutes les questions sur la dématérialisation, capitalisées.</p>"
        ),
    )
