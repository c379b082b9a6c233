import pytest
from wagtail.rich_text import RichText

from faq.models import FaqCategory, FaqEntryPage, FaqIndexPage


@pytest.fixture
def faq_index(home_page):
    index = FaqIndexPage(title="FAQ", slug="faq")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def faq_category(db):
    return FaqCategory.objects.create(name="Délais d'instruction", slug="delais")


@pytest.fixture
def make_entry(faq_index, faq_category):
    """Create and publish an entry under the FAQ index."""
    counter = {"n": 0}

    def make(title=None, *, publish=True, parent=None, answer="", **fields):
        counter["n"] += 1
        fields.setdefault("short_answer", "Une réponse courte.")
        fields.setdefault("category", faq_category)
        entry = FaqEntryPage(
            title=title or f"Question numéro {counter['n']} ?",
            slug=fields.pop("slug", f"question-{counter['n']}"),
            answer=[("paragraph", RichText(f"<p>{answer}</p>"))] if answer else [],
            live=False,
            **fields,
        )
        (parent or faq_index).add_child(instance=entry)
        revision = entry.save_revision()
        if publish:
            revision.publish()
            entry.refresh_from_db()
        return entry

    return make


def main_html(response) -> str:
    """The page's main content, without the header's menus and notifications."""
    html = response.content.decode()
    return html.split('<main id="content"', 1)[1].split("</main>", 1)[0]
