"""What a member sees on /recherche/: types with counts, excerpts, orders."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from blog.models import BlogPage
from home import roles
from search.models import QueryStat
from search.selectors import site_search

pytestmark = pytest.mark.django_db


def test_results_show_type_title_excerpt_and_link(member_client, corpus):
    html = member_client.get("/recherche/", {"q": "webinaires"}).content.decode()

    assert "Retour sur la bascule de Lyon" in html
    assert "Billet de blog" in html
    # The excerpt marks the matched word form.
    assert "<mark>webinaires</mark>" in html
    assert "Support du webinaire de mars" in html
    assert corpus["urls"]["slides"] in html


def test_a_message_links_to_its_anchor_and_counts_by_type(member_client, corpus):
    html = member_client.get("/recherche/", {"q": "guichet"}).content.decode()

    assert "Fils de discussion (1)" in html
    assert 'data-type="threads"' in html
    html = member_client.get(
        "/recherche/", {"q": "récépissé", "type": "conversations"}
    ).content.decode()
    assert corpus["urls"]["conversation"] in html
    assert "<mark>récépissé</mark>" in html


def _results(html: str) -> str:
    """The list of results alone (the header's notifications name pages too)."""
    start = html.index('<ol class="fr-raw-list search-results"')
    return html[start : html.index("</ol>", start)]


def test_type_filter_and_date_order(member_client, corpus, make_post):
    make_post("Bascule de Nantes, acte deux")

    by_type = _results(
        member_client.get(
            "/recherche/", {"q": "bascule", "type": "page-blogpage"}
        ).content.decode()
    )
    by_date = _results(
        member_client.get(
            "/recherche/", {"q": "bascule", "type": "page-blogpage", "tri": "date"}
        ).content.decode()
    )

    assert "Réunion plénière" not in by_type
    assert by_date.index("Bascule de Nantes") < by_date.index("bascule de Lyon")


def test_faq_entries_are_listed_once(member_client, corpus):
    html = member_client.get("/recherche/", {"q": "aménager"}).content.decode()

    assert html.count(f'href="{corpus["urls"]["faq"]}"') == 1


def test_no_result_offers_suggestions(member_client, corpus):
    html = member_client.get(
        "/recherche/", {"q": "zinzolins cartographie"}
    ).content.decode()

    assert "0 résultat" in html
    assert "Aucun résultat" in html
    assert 'href="?q=cartographie' in html


def test_unpublishing_removes_a_page_from_the_results(corpus):
    member = corpus["users"]["member"]
    assert [
        r.hit.url
        for r in site_search(user=member, query="basculé Lyon guichet").results
    ] == [corpus["urls"]["post"]]
    BlogPage.objects.get(title="Retour sur la bascule de Lyon").unpublish()

    assert site_search(user=member, query="basculé Lyon guichet").results == []


def test_editors_promote_a_visible_page_for_a_query(member_client, corpus):
    query = Query.get("guichet")
    post = BlogPage.objects.get(title="Retour sur la bascule de Lyon")
    SearchPromotion.objects.create(query=query, page=post, description="À lire")

    html = member_client.get("/recherche/", {"q": "Guichet"}).content.decode()

    assert "Recommandé par les éditeurs" in html
    assert "À lire" in html


def test_a_promotion_of_a_restricted_page_stays_hidden(member_client, corpus):
    from wagtail.models import Page

    restricted = Page.objects.get(title="Compte rendu du comité stratégique")
    SearchPromotion.objects.create(query=Query.get("guichet"), page=restricted)

    html = member_client.get("/recherche/", {"q": "guichet"}).content.decode()

    assert "Compte rendu du comité stratégique" not in html


def test_searches_are_counted_for_the_editors(member_client, client, corpus, make_user):
    editor = make_user(roles.EDITOR, username="redactrice")
    member_client.get("/recherche/", {"q": "Zinzolins"})
    member_client.get("/recherche/", {"q": "zinzolins"})
    member_client.get("/recherche/", {"q": "guichet"})

    stat = QueryStat.objects.get(query_string="zinzolins")
    assert (stat.hits, stat.hits_without_result) == (2, 2)
    assert QueryStat.objects.get(query_string="guichet").hits_without_result == 0

    assert member_client.get("/admin/recherches/").status_code in (302, 403)
    client.force_login(editor)
    html = client.get("/admin/recherches/").content.decode()
    assert "Recherches sans résultat" in html
    assert "zinzolins" in html
