"""ProConnect, the State's OpenID Connect federation: configuration read
from the environment and the provider's discovery document."""

from urllib.parse import urlencode

import requests
from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import get_random_string

# mozilla-django-oidc setting name -> key of the discovery document.
DISCOVERED_SETTINGS = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}
DISCOVERY_CACHE_SECONDS = 60 * 60


class ProConnectUnavailable(Exception):
    """The provider's discovery document could not be read."""


def is_enabled() -> bool:
    return bool(settings.PROCONNECT_DISCOVERY_URL and settings.OIDC_RP_CLIENT_ID)


def _cache_key() -> str:
    return f"membership:proconnect:discovery:{settings.PROCONNECT_DISCOVERY_URL}"


def discovery() -> dict:
    """The provider's configuration, fetched once an hour."""
    document = cache.get(_cache_key())
    if document is None:
        try:
            response = requests.get(
                settings.PROCONNECT_DISCOVERY_URL, timeout=settings.OIDC_TIMEOUT
            )
            response.raise_for_status()
            document = response.json()
        except (requests.RequestException, ValueError) as error:
            raise ProConnectUnavailable(str(error)) from error
        cache.set(_cache_key(), document, DISCOVERY_CACHE_SECONDS)
    return document


def endpoint(setting_name: str) -> str:
    """A provider endpoint for a mozilla-django-oidc setting name."""
    try:
        return discovery()[DISCOVERED_SETTINGS[setting_name]]
    except KeyError as error:
        raise ProConnectUnavailable(f"missing {setting_name}") from error


def end_session_url(*, id_token: str, post_logout_redirect_uri: str) -> str:
    """Where to send the browser so the ProConnect session ends too."""
    query = urlencode(
        {
            "id_token_hint": id_token,
            "state": get_random_string(32),
            "post_logout_redirect_uri": post_logout_redirect_uri,
        }
    )
    return f"{discovery()['end_session_endpoint']}?{query}"


def email_domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower()


def _domains(setting: list[str], chosen_in_admin: str) -> set[str]:
    from membership.models import MembershipSettings

    domains = {domain.strip().lower().lstrip("@") for domain in setting}
    text = getattr(MembershipSettings.load(), chosen_in_admin)
    return (domains | MembershipSettings.domains(text)) - {""}


def domain_is_allowed(email: str) -> bool:
    """Agents of these domains become members at their first sign-in."""
    return email_domain(email) in _domains(
        settings.MEMBERSHIP_ALLOWED_DOMAINS, "allowed_domains"
    )


def domain_requires_proconnect(email: str) -> bool:
    """Members of these domains sign in with ProConnect only, never a password."""
    return email_domain(email) in _domains(
        settings.MEMBERSHIP_PROCONNECT_DOMAINS, "proconnect_domains"
    )
