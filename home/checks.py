"""System checks of the deployment that Django's own do not make."""

from django.conf import settings
from django.core.checks import Error, register

# Backends that never deliver a message to anyone.
UNDELIVERED_EMAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}


@register(deploy=True)
def check_email_is_delivered(app_configs, **kwargs):
    """`check --deploy` fails when e-mails (password resets...) go nowhere."""
    if settings.EMAIL_BACKEND in UNDELIVERED_EMAIL_BACKENDS:
        return [
            Error(
                f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}: password-reset links "
                "and notifications would be printed or dropped, not sent.",
                hint="Set EMAIL_URL, e.g. smtp+tls://user:password@smtp.example:587.",
                id="osmose.E001",
            )
        ]
    return []
