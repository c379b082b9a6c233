import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from faq.selectors import ASK_THREAD_FALLBACK_URL, faq_search_for_user
from home.search_sources import registered_search_sources
from tests.helpers import main_content


def results_html(response) -> str:
    html = main_content(response)
    return html.split('id="faq-results-title"', 1)[1]


def test_search_ignores_accents_and_capitals(member_client, make_entry):
    make_entry("Pourquoi la dématérialisation ?", short_answer="Pour simplifier.")
    make_entry("Quels délais ?", short_answer="Trois mois.")

    response = member_client.get("/faq/", {"q": "DEMATERIALISATION"})

    assert response.status_code == 200
    html = results_html(response)
    assert "1 question matches" in html or "1 question correspond" in html
    assert "<mark>dématérialisation</mark>" in html
    assert "Quels délais" not in html


def test_search_finds_keywords(member, make_entry):
    entry = make_entry("Comment signer ?", keywords="parapheur, eIDAS")

    assert faq_search_for_user(user=member, query="parapheur") == [entry]


@pytest.mark.django_db
def test_search_finds_plural_forms_on_postgresql(member, make_entry):
    entry = make_entry(
        "Quel logiciel pour l'instructeur ?", short_answer="Celui du service."
    )

    found = faq_search_for_user(user=member, query="instructeurs")

    # SQLite's full-text index does not stem words; PostgreSQL's French one does.
    if connection.vendor == "postgresql":
        assert found == [entry]
    else:
        assert faq_search_for_user(user=member, query="instructeur") == [entry]


def test_question_matches_rank_above_answer_only_matches(member, make_entry):
    answer_only = make_entry(
        "Quand le délai court-il ?",
        short_answer="Dès le dépôt sur Plat'AU, la plateforme de l'État.",
        answer="Plat'AU transmet le dossier. Plat'AU notifie le service.",
    )
    question = make_entry("Qu'est-ce que Plat'AU ?", short_answer="Une plateforme.")

    found = faq_search_for_user(user=member, query="plat'au")

    assert found == [question, answer_only]


def test_highlighting_escapes_the_text_first(member_client, make_entry):
    make_entry("Balise <b> et délais ?", short_answer="Les délais <script>x</script>.")

    response = member_client.get("/faq/", {"q": "délais"})

    html = results_html(response)
    assert "Balise &lt;b&gt; et <mark>délais</mark> ?" in html
    assert "&lt;script&gt;" in html and "<script>x" not in html


def test_a_query_with_markup_shows_as_text(member_client, make_entry):
    make_entry("Quels délais ?")

    response = member_client.get("/faq/", {"q": '<img src=x onerror="alert(1)">'})

    assert response.status_code == 200
    html = main_content(response)
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


@pytest.mark.parametrize(
    "query",
    ['"délais', 'délais"', "AND OR NOT", "délais*", "(délais", "- délais", "' \\ %"],
)
def test_quotes_and_operators_never_raise(member_client, make_entry, query):
    make_entry("Quels délais ?")

    response = member_client.get("/faq/", {"q": query})

    assert response.status_code == 200
    assert 'id="faq-results-title"' in main_content(response)


def test_empty_results_offer_to_ask_the_question(member_client, make_entry):
    make_entry("Quels délais ?")

    response = member_client.get("/faq/", {"q": "photovoltaïque"})

    html = results_html(response)
    assert "0 question" in html
    assert f'href="{ASK_THREAD_FALLBACK_URL}"' in html
    assert "Posez votre question" in html or "Ask your question" in html


def test_search_hides_entries_the_member_may_not_see(member, administrator, make_entry):
    private = make_entry("Délais confidentiels ?")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    ).groups.set([administrator.groups.get()])
    make_entry("Délais publics ?")

    assert [e.title for e in faq_search_for_user(user=member, query="délais")] == [
        "Délais publics ?"
    ]
    assert len(faq_search_for_user(user=administrator, query="délais")) == 2


def test_faq_is_a_source_of_answers_for_the_site_search(member, make_entry):
    entry = make_entry("Qu'est-ce que Plat'AU ?")
    source = next(s for s in registered_search_sources() if s.key == "faq")

    assert source.answers
    assert list(source.search(user=member, query="plateforme plat'au")) == [entry]
    assert source.more_url("plat'au") == "/faq/?q=plat%27au"


def test_site_search_lists_faq_entries_once_with_their_type(member_client, make_entry):
    entry = make_entry("Qu'est-ce que Plat'AU ?")

    response = member_client.get("/recherche/", {"q": "plat'au"})

    assert response.status_code == 200
    html = main_content(response)
    assert html.count("Qu&#x27;est-ce que Plat&#x27;AU ?") == 1
    assert html.count(f'href="{entry.url}"') == 1
    assert "Entrées de FAQ (1)" in html
