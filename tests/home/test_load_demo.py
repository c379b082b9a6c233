"""`load_demo` refuses production and counts its e-mails.

What it loads, and that a second run changes nothing: test_demo_content.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command


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
