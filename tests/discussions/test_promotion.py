"""A question and its answer become content elsewhere, through home.promotions,
and answers already published are suggested above the reply form."""

import pytest
from django.utils.text import slugify

from home import promotions, roles, search_sources
from home.models import StandardPage
from notifications.models import Notification


@pytest.fixture
def alice(make_user):
    return make_user(roles.MEMBER, username="alice", first_name="Alice")


@pytest.fixture
def draft_target(site_tree):
    """A target turning a promotion into a draft page, for administrators."""
    made = []

    def create(*, promotion, by):
        page = StandardPage(
            title=promotion.question[:200],
            slug=slugify(promotion.question)[:50] or "question",
            introduction=f"{promotion.answer}\n{promotion.source_url}",
            live=False,
            owner=by,
        )
        site_tree.home.add_child(instance=page)
        made.append((page, promotion))
        return f"/admin/pages/{page.pk}/edit/"

    promotions.register_promotion_target(
        key="test-draft",
        label="Proposer pour la FAQ",
        allowed=lambda user: user.groups.filter(name=roles.ADMINISTRATOR).exists(),
        create=create,
    )
    yield made
    promotions._targets.pop("test-draft", None)


@pytest.fixture
def answer_source(site_tree):
    def search(*, user, query):
        return StandardPage.objects.live().filter(title__icontains=query)

    search_sources.register_search_source(
        key="test-answers",
        label="Réponses",
        order=99,
        search=search,
        template="discussions/search/thread_result.html",
        answers=True,
    )
    yield
    search_sources._sources.pop("test-answers", None)


@pytest.mark.django_db
def test_administrator_promotes_a_question_with_its_answer(
    client, administrator, alice, thread, post_message, draft_target
):
    question = post_message(
        author=alice, thread=thread, text="Comment signer un arrêté ?"
    )
    post_message(author=administrator, thread=thread, text="Hors sujet")
    post_message(
        author=administrator,
        thread=thread,
        text="Avec le parapheur électronique.",
        reply_to=question,
    )
    client.force_login(administrator)
    page = client.get(f"/echanges/fil/{thread.slug}/", {"page": 1}).content.decode()
    assert "Proposer pour la FAQ" in page

    response = client.post(
        f"/echanges/message/{question.pk}/promouvoir/", {"target": "test-draft"}
    )

    draft, promotion = draft_target[0]
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert draft.title == "Comment signer un arrêté ?"
    assert promotion.answer == "Avec le parapheur électronique."
    assert promotion.source_key == f"discussions.message:{question.pk}"
    assert promotion.source_url == (
        f"http://testserver/echanges/fil/{thread.slug}/#message-{question.pk}"
    )
    assert promotion.source_title == thread.title
    assert promotion.asker_id == alice.pk
    assert not draft.live


@pytest.mark.django_db
def test_members_see_no_promotion_and_cannot_post_one(
    member_client, member, thread, post_message, draft_target
):
    message = post_message(author=member, thread=thread, text="Ma question")
    page = member_client.get(f"/echanges/fil/{thread.slug}/", {"page": 1})
    assert "Proposer pour la FAQ" not in page.content.decode()
    response = member_client.post(
        f"/echanges/message/{message.pk}/promouvoir/", {"target": "test-draft"}
    )
    assert response.status_code == 403
    assert draft_target == []


@pytest.mark.django_db
def test_publication_links_the_thread_and_tells_asker_and_followers(
    member_client,
    member,
    alice,
    thread,
    post_message,
    django_capture_on_commit_callbacks,
):
    question = post_message(author=alice, thread=thread, text="Ma question")
    post_message(author=member, thread=thread, text="Je suis ce fil aussi")

    with django_capture_on_commit_callbacks(execute=True):
        promotions.promotion_published.send(
            sender=StandardPage,
            source_key=f"discussions.message:{question.pk}",
            url="/faq/signer-un-arrete/",
            title="Signer un arrêté",
        )

    page = member_client.get(
        f"/echanges/fil/{thread.slug}/", {"page": 1}
    ).content.decode()
    assert "Réponse publiée dans la FAQ" in page
    assert 'href="/faq/signer-un-arrete/"' in page
    for user in (alice, member):
        assert Notification.objects.filter(
            recipient=user, event__target_url="/faq/signer-un-arrete/"
        ).exists()


@pytest.mark.django_db
def test_other_sources_keys_are_ignored(thread):
    promotions.promotion_published.send(
        sender=None, source_key="ailleurs:1", url="/x/", title="X"
    )
    thread.refresh_from_db()
    assert thread.published_answer_url == ""


@pytest.mark.django_db
def test_already_answered_suggestions(member_client, thread, answer_source, site_tree):
    page = member_client.get(
        f"/echanges/fil/{thread.slug}/", {"page": 1}
    ).content.decode()
    assert "Déjà répondu ?" in page
    assert "discussions/js/suggestions.js" in page

    response = member_client.get("/echanges/suggestions.json", {"q": "Règles"})

    assert response.status_code == 200
    results = response.json()["results"]
    assert {"title": "Règles et bonnes pratiques", "url": "/regles/"} in [
        {"title": r["title"], "url": r["url"]} for r in results
    ]
    assert member_client.get("/echanges/suggestions.json", {"q": "x"}).json() == {
        "results": []
    }


@pytest.mark.django_db
def test_no_suggestion_block_without_answer_sources(
    member_client, thread, site_tree, monkeypatch
):
    monkeypatch.setattr(
        search_sources,
        "_sources",
        {k: v for k, v in search_sources._sources.items() if not v.answers},
    )
    page = member_client.get(
        f"/echanges/fil/{thread.slug}/", {"page": 1}
    ).content.decode()
    assert "Déjà répondu ?" not in page


@pytest.mark.django_db
def test_members_already_told_by_the_publisher_are_not_told_twice(
    member, alice, thread, post_message, django_capture_on_commit_callbacks
):
    from notifications.services import notification_send
    from notifications.verbs import Verb

    question = post_message(author=alice, thread=thread, text="Ma question")
    post_message(author=member, thread=thread, text="Je suis ce fil")
    # The publisher tells the asker itself, under the page's relative address.
    notification_send(
        recipients=[alice],
        actor=None,
        verb=Verb.NEW_FAQ,
        url="/faq/signer/",
        title="Signer",
    )

    with django_capture_on_commit_callbacks(execute=True):
        promotions.promotion_published.send(
            sender=StandardPage,
            source_key=f"discussions.message:{question.pk}",
            url="http://testserver/faq/signer/",
            title="Signer",
        )

    assert Notification.objects.filter(recipient=alice).count() == 1
    assert Notification.objects.filter(
        recipient=member, event__target_url="http://testserver/faq/signer/"
    ).exists()
