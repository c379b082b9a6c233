from django.template.loader import render_to_string

from home.search_sources import registered_search_sources


def test_editor_previews_an_unpublished_change(editor, make_entry):
    entry = make_entry("Quels délais ?")
    entry.short_answer = "Nouvelle réponse en préparation."

    response = entry.make_preview_request()

    assert response.status_code == 200
    html = response.rendered_content
    assert "Nouvelle réponse en préparation." in html


def test_site_search_renders_an_faq_match(member, make_entry):
    entry = make_entry("Qu'est-ce que Plat'AU ?", short_answer="Une <plateforme>.")
    source = next(s for s in registered_search_sources() if s.key == "faq")
    (match,) = source.search(user=member, query="plat'au")

    html = render_to_string(source.template, {"result": match})

    assert f'href="{entry.url}"' in html
    assert "Une &lt;plateforme&gt;." in html
