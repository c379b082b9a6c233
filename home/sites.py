"""One public address: the `BASE_URL` setting, which the Wagtail Site follows.

Wagtail builds full page URLs (iCal feeds, e-mails) from the default Site's
hostname and port; e-mails and feeds outside Wagtail use `BASE_URL`. After
each `migrate`, the default Site takes the host and port of `BASE_URL`, so
both give the same links.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url_host_port(base_url: str) -> tuple[str, int]:
    """The hostname and port of an address like "https://osmose.example.fr"."""
    parts = urlsplit(base_url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"BASE_URL must be an http(s) address such as "
            f"https://osmose.example.fr, not {base_url!r}."
        )
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]


def site_sync_with_base_url() -> Site | None:
    """Give the default Site the host and port of BASE_URL; None without a Site."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = base_url_host_port(settings.BASE_URL)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def site_sync_after_migrate(sender, using="default", **kwargs) -> None:
    # Only the project database: other aliases have no page tree.
    if using == "default":
        site_sync_with_base_url()
