import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

from home import roles
from home.models import StandardPage


def _counts():
    return {
        "users": get_user_model().objects.count(),
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
    }


@pytest.mark.django_db
def test_load_demo_is_idempotent_and_prints_accounts(capsys):
    call_command("load_demo")
    first = _counts()
    call_command("load_demo")
    second = _counts()

    output = capsys.readouterr().out
    assert first == second
    assert first["users"] >= 3
    for username in ("membre", "editeur", "admin"):
        assert username in output
    assert "osmose-demo-2026" in output


@pytest.mark.django_db
def test_load_demo_creates_one_account_per_role():
    call_command("load_demo")
    User = get_user_model()

    for username, role in (
        ("membre", roles.MEMBER),
        ("editeur", roles.EDITOR),
        ("admin", roles.ADMINISTRATOR),
    ):
        user = User.objects.get(username=username)
        assert user.groups.filter(name=role).exists()
        assert user.check_password("osmose-demo-2026")


@pytest.mark.django_db
def test_load_demo_builds_the_service_pages_and_the_community_pages():
    call_command("load_demo")

    slugs = set(Page.objects.live().values_list("slug", flat=True))
    assert {"blog", "calendrier", "documents", "echanges", "faq"} <= slugs
    rules = StandardPage.objects.get(slug="regles")
    assert "RESPECT" in str(rules.body)
    about = StandardPage.objects.get(slug="osmose")
    assert "ESPACES D'ÉCHANGES" in str(about.body)


@pytest.mark.django_db
def test_load_demo_refuses_production_settings(settings):
    settings.PRODUCTION = True

    with pytest.raises(CommandError, match="production"):
        call_command("load_demo")
    assert not get_user_model().objects.filter(username="membre").exists()


# Committed for real: the demo's e-mails leave after commit.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_load_demo_counts_its_e_mails_instead_of_printing_them(capsys, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

    call_command("load_demo")

    output = capsys.readouterr().out
    assert "MIME-Version" not in output
    assert "Content-Type" not in output
    assert re.search(
        r"\d+ e-mails? (aurait|auraient) été envoyés? \(non affichés?\)", output
    )
