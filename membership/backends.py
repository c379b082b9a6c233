"""The ProConnect authentication backend, on mozilla-django-oidc."""

from django.contrib.auth import get_user_model
from django.core.exceptions import SuspiciousOperation
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import import_from_settings

from membership import proconnect
from membership.services import proconnect_member


class ProConnectBackend(OIDCAuthenticationBackend):
    """Code flow with PKCE, state and nonce (mozilla-django-oidc), endpoints
    from the discovery document, userinfo as JSON or as a signed JWT.

    Django instantiates the backend on every request of a signed-in member
    (to load them from the session): nothing here touches the network until a
    sign-in needs it.
    """

    def __init__(self, *args, **kwargs):
        self.UserModel = get_user_model()
        self.OIDC_RP_CLIENT_ID = self.get_settings("OIDC_RP_CLIENT_ID")
        self.OIDC_RP_CLIENT_SECRET = self.get_settings("OIDC_RP_CLIENT_SECRET")
        self.OIDC_RP_SIGN_ALGO = self.get_settings("OIDC_RP_SIGN_ALGO", "RS256")
        self.OIDC_RP_IDP_SIGN_KEY = None

    @staticmethod
    def get_settings(attr, *args):
        if attr in proconnect.DISCOVERED_SETTINGS:
            return proconnect.endpoint(attr)
        return import_from_settings(attr, *args)

    @property
    def OIDC_OP_TOKEN_ENDPOINT(self):  # noqa: N802 (the library's attribute name)
        return proconnect.endpoint("OIDC_OP_TOKEN_ENDPOINT")

    @property
    def OIDC_OP_USER_ENDPOINT(self):  # noqa: N802
        return proconnect.endpoint("OIDC_OP_USER_ENDPOINT")

    @property
    def OIDC_OP_JWKS_ENDPOINT(self):  # noqa: N802
        return proconnect.endpoint("OIDC_OP_JWKS_ENDPOINT")

    def authenticate(self, request, **kwargs):
        # Password sign-ins go through other backends.
        if request is None or "code_verifier" not in kwargs:
            return None
        return super().authenticate(request, **kwargs)

    def verify_token(self, token, **kwargs):
        payload = super().verify_token(token, **kwargs)
        if "nonce" in kwargs:
            # The ID token: issued by this provider, for this client.
            audience = payload.get("aud")
            audiences = audience if isinstance(audience, list) else [audience]
            if self.OIDC_RP_CLIENT_ID not in audiences:
                raise SuspiciousOperation("ID token audience mismatch.")
            if payload.get("iss") != proconnect.discovery().get("issuer"):
                raise SuspiciousOperation("ID token issuer mismatch.")
        return payload

    def get_or_create_user(self, access_token, id_token, payload):
        claims = self.get_userinfo(access_token, id_token, payload)
        # The userinfo must describe the person the ID token was issued for.
        if claims.get("sub") != payload.get("sub"):
            return None
        return proconnect_member(claims)

    def get_user(self, user_id):
        # A deactivated member's sessions end with the account.
        user = self.UserModel._default_manager.filter(pk=user_id).first()
        return user if user is not None and user.is_active else None
