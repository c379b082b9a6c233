"""Where FAQ pages may live, and that editors create entries in the admin."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from faq.models import FaqEntryPage, FaqIndexPage
from home.models import HomePage, StandardPage


def test_faq_tree_rules():
    assert FaqEntryPage.allowed_parent_page_models() == [FaqIndexPage]
    assert FaqIndexPage.allowed_subpage_models() == [FaqEntryPage]
    assert FaqIndexPage.allowed_parent_page_models() == [HomePage]
    assert FaqEntryPage.allowed_subpage_models() == []
    assert FaqEntryPage not in StandardPage.allowed_subpage_models()


def test_editor_creates_an_entry_in_the_admin(
    client, editor, faq_index, faq_category, make_entry
):
    related = make_entry("Quels délais ?")
    client.force_login(editor)
    url = f"/admin/pages/add/faq/faqentrypage/{faq_index.pk}/"
    assert client.get(url).status_code == 200

    data = nested_form_data(
        {
            "title": "Faut-il signer électroniquement ?",
            "slug": "signer",
            "category": faq_category.pk,
            "short_answer": "Non, le dépôt en ligne suffit.",
            "answer": streamfield([("paragraph", rich_text("<p>Détails.</p>"))]),
            "keywords": "signature, eIDAS",
            "updated_on": "",
            "legal_references": inline_formset(
                [{"label": "Code des relations, article L. 212-3", "url": ""}]
            ),
            "related_links": inline_formset([{"related_entry": related.pk}]),
            "source_title": "",
            "source_url": "",
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)

    assert response.status_code == 302
    entry = FaqEntryPage.objects.get(slug="signer")
    assert entry.live
    assert entry.legal_references.get().label.endswith("L. 212-3")
    assert entry.related_links.get().related_entry_id == related.pk
    page = client.get(entry.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Détails." in html and "L. 212-3" in html and "Quels délais ?" in html


def test_the_source_address_is_a_site_or_web_address(make_entry):
    entry = make_entry("Quels délais ?")
    for address in ("/echanges/fil/x/", "https://exemple.gouv.fr/fil"):
        entry.source_url = address
        entry.full_clean()
    for address in ("javascript:alert(1)", "//ailleurs.example/"):
        entry.source_url = address
        with pytest.raises(ValidationError):
            entry.full_clean()


def test_editors_manage_the_categories(client, editor, faq_category):
    client.force_login(editor)

    response = client.get("/admin/snippets/faq/faqcategory/")

    assert response.status_code == 200
    assert "Délais d&#x27;instruction" in response.content.decode()
