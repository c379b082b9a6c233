"""The demo fills the discussion spaces once, however often it runs."""

import pytest
from django.core.management import call_command

from discussions.models import Message, Theme, Thread


@pytest.mark.django_db
def test_load_demo_is_idempotent_and_realistic(client, settings):
    call_command("load_demo", verbosity=0)
    counts = (Theme.objects.count(), Thread.objects.count(), Message.objects.count())
    call_command("load_demo", verbosity=0)
    assert (
        Theme.objects.count(),
        Thread.objects.count(),
        Message.objects.count(),
    ) == counts

    titles = set(Theme.objects.values_list("title", flat=True))
    assert {"Instruction dématérialisée", "Guichet numérique"} <= titles
    assert Thread.objects.count() >= 15
    assert Thread.objects.filter(answer__isnull=False).exists()
    assert Thread.objects.filter(locked=True).exists()
    assert Message.objects.filter(text__contains="@[").count() >= 5
    assert Message.objects.filter(reply_to__isnull=False, quote=True).exists()
    platform = Thread.objects.get(slug="faq-posez-vos-questions")
    assert platform.message_count > 1

    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="membre"))
    index = client.get("/echanges/")
    assert index.status_code == 200
    assert "non lu" in index.content.decode()
    thread = Thread.objects.get(slug="signature-electronique-des-arretes")
    opened = client.get(f"/echanges/fil/{thread.slug}/")
    assert opened["Location"].endswith("#nouveaux-messages")
    page = client.get(opened["Location"].split("#")[0]).content.decode()
    assert "Nouveaux messages" in page and "La réponse" in page

    from discussions.selectors import message_search_for_user

    assert list(message_search_for_user(user=None, query="parapheur"))
