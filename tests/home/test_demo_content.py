"""`load_demo`: what each service gets, and the same content on a second run.

The demo is loaded twice, once for this module, as `make run` loads it on a
database that may hold it already; each test reads that content (and whatever
it changes is rolled back after it). The callbacks that run on commit (file
processing, notifications) run as they do when the command commits.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page

from blog.models import BlogPage
from comments.models import Comment
from discussions.models import Message as ThreadMessage
from discussions.models import Theme, Thread
from discussions.selectors import message_search_for_user
from documents.demo import DEMO_DOCUMENTS
from documents.models import LibraryDocument, ProcessingStatus
from events.models import EventPage, EventRegistration
from faq.models import FaqCategory, FaqEntryPage
from faq.selectors import faq_ask_question_url
from home import roles
from home.models import StandardPage
from messaging.models import Conversation
from messaging.models import Message as ChatMessage
from notifications.models import Notification, NotificationEvent
from profiles.models import Profile

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]


def _snapshot():
    """Every count a second run must leave as it is."""
    return {
        "users": get_user_model().objects.count(),
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "posts": BlogPage.objects.live().count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "comments": Comment.objects.count(),
        "themes": Theme.objects.count(),
        "threads": Thread.objects.count(),
        "thread messages": ThreadMessage.objects.count(),
        "events": EventPage.objects.count(),
        "registrations": EventRegistration.objects.count(),
        "faq entries": FaqEntryPage.objects.count(),
        "conversations": Conversation.objects.count(),
        "chat messages": ChatMessage.objects.count(),
        "profiles": list(
            Profile.objects.order_by("pk").values_list("organisation", "photo_small")
        ),
        "notifications": Notification.objects.count(),
        "notification events": NotificationEvent.objects.count(),
    }


def _load_demo() -> str:
    output = StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", stdout=output)
    return output.getvalue()


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, demo_media):
    with (
        override_settings(MEDIA_ROOT=demo_media, PRODUCTION=False),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        first_output = _load_demo()
        first = _snapshot()
        second_output = _load_demo()
        yield {
            "first": first,
            "second": _snapshot(),
            "outputs": (first_output, second_output),
        }
        transaction.set_rollback(True)


@pytest.fixture
def media_root(settings, demo_media):
    """The demo's files stay where the demo wrote them."""
    settings.MEDIA_ROOT = demo_media
    return demo_media


@pytest.fixture
def member_client(client, demo):
    client.force_login(get_user_model().objects.get(username="membre"))
    return client


def test_a_second_run_changes_nothing(demo):
    assert demo["second"] == demo["first"]


# Accounts and community pages


def test_accounts_are_printed_with_their_password(demo):
    for output in demo["outputs"]:
        for username in ("membre", "editeur", "admin"):
            assert username in output
        assert "osmose-demo-2026" in output


def test_one_account_per_role(demo):
    for username, role in (
        ("membre", roles.MEMBER),
        ("editeur", roles.EDITOR),
        ("admin", roles.ADMINISTRATOR),
    ):
        user = get_user_model().objects.get(username=username)
        assert user.groups.filter(name=role).exists()
        assert user.check_password("osmose-demo-2026")


def test_service_pages_and_community_pages(demo):
    slugs = set(Page.objects.live().values_list("slug", flat=True))
    assert {"blog", "calendrier", "documents", "echanges", "faq"} <= slugs
    assert "RESPECT" in str(StandardPage.objects.get(slug="regles").body)
    assert "ESPACES D'ÉCHANGES" in str(StandardPage.objects.get(slug="osmose").body)


# Blog and comments


def test_blog_posts_with_images_documents_tags_and_comments(demo, member_client):
    counts = demo["first"]
    assert counts["posts"] == 6 and counts["images"] >= 6
    assert counts["documents"] >= 2 and counts["comments"] >= 5
    assert Comment.objects.filter(parent__isnull=False).exists()
    assert Comment.objects.values("author").distinct().count() >= 3
    assert all(post.tags.exists() for post in BlogPage.objects.all())
    with_documents = [
        post
        for post in BlogPage.objects.all()
        if any(block.block_type == "document_links" for block in post.body)
    ]
    assert len(with_documents) >= 3
    assert "/fichiers/" in member_client.get(with_documents[0].url).content.decode()


def test_comments_are_dated_between_their_post_and_today(demo):
    now = timezone.now()
    comments = list(Comment.objects.all())
    assert comments
    for comment in comments:
        target = comment.target
        if isinstance(target, BlogPage):
            assert target.date <= timezone.localdate(comment.created_at)
        assert comment.created_at < now
        if comment.parent is not None:
            assert comment.parent.created_at < comment.created_at
    # Not all at the moment the demo was loaded.
    assert len({comment.created_at.date() for comment in comments}) > 1


# Calendar


def test_programme_has_series_workshops_seminar_and_a_cancelled_meeting(demo):
    events = {event.slug: event for event in EventPage.objects.live()}

    webinar = events["les-mardis-de-la-demat"]
    assert webinar.event_type.slug == "webinaire"
    assert webinar.recurrence == EventPage.Recurrence.WEEKLY
    assert webinar.exceptions.count() == 1
    assert [e.event_type.slug for e in events.values()].count("atelier") == 2
    seminar = events["seminaire-national-demat-ads"]
    assert seminar.event_type.slug == "seminaire"
    assert seminar.all_day
    cancelled = [event for event in events.values() if event.cancelled]
    assert [event.event_type.slug for event in cancelled] == ["reunion"]
    # Cancelled once, however often the demo runs.
    assert cancelled[0].sequence == 1
    assert EventRegistration.objects.filter(event=webinar).count() == 3


def test_calendar_pages_render(demo, member_client):
    for url in ["/calendrier/", "/calendrier/mois/", "/calendrier/archives/", "/"]:
        assert member_client.get(url).status_code == 200
    for event in EventPage.objects.all():
        assert member_client.get(event.url).status_code == 200


# Library


def test_library_holds_real_processed_files_in_several_collections(demo):
    documents = LibraryDocument.objects.select_related("collection").filter(
        title__in=[document.title for document in DEMO_DOCUMENTS]
    )
    assert documents.count() == len(DEMO_DOCUMENTS) == 9
    assert len({document.collection.name for document in documents}) >= 6
    assert set(documents.values_list("processing_status", flat=True)) == {
        ProcessingStatus.READY
    }
    pdf = documents.get(title="Webinaire : instruire un dossier dématérialisé")
    assert pdf.page_count == 5 and pdf.preview and "PLAT'AU" in pdf.extracted_text
    docx = documents.get(title="Guide de démarrage du guichet numérique")
    assert "Étape 1" in docx.extracted_text
    with pdf.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    restriction = CollectionViewRestriction.objects.get(
        collection__name="Comité de pilotage"
    )
    assert [group.name for group in restriction.groups.all()] == ["Administrateur"]
    assert documents.filter(collection__name="Comité de pilotage").count() == 1


def test_documents_are_distinct_and_blog_posts_link_library_ones(demo):
    documents = LibraryDocument.objects.select_related("collection")
    titles = list(documents.values_list("title", flat=True))
    linked = {
        item["document"].pk
        for post in BlogPage.objects.all()
        for block in post.body
        if block.block_type == "document_links"
        for item in block.value
    }
    assert len(titles) == len(set(titles)) == len(DEMO_DOCUMENTS)
    # No second guide, calendar or webinar support under another name.
    for word in ("Guide", "Calendrier", "Webinaire", "Support"):
        assert sum(word.lower() in title.lower() for title in titles) <= 1, word
    assert len(linked) == 3
    assert all(
        not document.collection.is_root()
        for document in documents.filter(pk__in=linked)
    )


# Exchanges


def test_discussion_spaces_are_realistic(demo, member_client):
    titles = set(Theme.objects.values_list("title", flat=True))
    assert {"Instruction dématérialisée", "Guichet numérique"} <= titles
    assert Thread.objects.count() >= 15
    assert Thread.objects.filter(answer__isnull=False).exists()
    assert Thread.objects.filter(locked=True).exists()
    assert ThreadMessage.objects.filter(text__contains="@[").count() >= 5
    assert ThreadMessage.objects.filter(reply_to__isnull=False, quote=True).exists()
    assert Thread.objects.get(slug="faq-posez-vos-questions").message_count > 1
    assert list(message_search_for_user(user=None, query="parapheur"))

    index = member_client.get("/echanges/")
    assert index.status_code == 200
    assert "non lu" in index.content.decode()
    thread = Thread.objects.get(slug="signature-electronique-des-arretes")
    opened = member_client.get(f"/echanges/fil/{thread.slug}/")
    assert opened["Location"].endswith("#nouveaux-messages")
    page = member_client.get(opened["Location"].split("#")[0]).content.decode()
    assert "Nouveaux messages" in page and "La réponse" in page


# FAQ


def test_faq_has_twenty_entries_in_four_categories(demo):
    entries = FaqEntryPage.objects.live()
    assert entries.count() == 20
    assert FaqCategory.objects.count() == 4
    assert all(category.entries.count() == 5 for category in FaqCategory.objects.all())
    assert all(entry.short_answer and entry.keywords for entry in entries)
    assert entries.filter(legal_references__label__contains="L. 423-3").exists()
    promoted = entries.get(source_url=faq_ask_question_url())
    assert promoted.source_title == "FAQ : posez vos questions"


def test_faq_answers_a_search(demo, member_client):
    response = member_client.get("/faq/", {"q": "plat'au"})

    assert response.status_code == 200
    assert "<mark>Plat</mark>&#x27;<mark>AU</mark>" in response.content.decode()


# Messages


def test_conversations_one_of_them_a_group(demo, member_client):
    assert demo["first"]["conversations"] == 3
    group = Conversation.objects.get(is_group=True)
    assert group.participants.count() == 5
    page = member_client.get("/messages/")
    assert page.status_code == 200
    assert "Référents dématérialisation ADS" in page.content.decode()
    assert "Jean Dupont" in page.content.decode()


# Profiles and notifications


def test_profiles_with_photos_and_notifications(demo):
    with_photo = Profile.objects.exclude(photo_small="").values_list(
        "user__username", flat=True
    )
    assert set(with_photo) >= {"editeur", "admin", "jdupont", "crousseau", "mnguyen"}
    assert Profile.objects.get(user__username="crousseau").job_title
    assert not Profile.objects.get(user__username="membre").is_complete
    to_member = Notification.objects.filter(recipient__username="membre")
    assert {n.event.verb for n in to_member} >= {"mention", "reply", "new_post"}
    assert to_member.filter(read_at__isnull=False).count() == 1
