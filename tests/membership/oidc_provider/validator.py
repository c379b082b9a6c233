import json

from django.conf import settings
from jwcrypto import jwt
from oauth2_provider.oauth2_validators import OAuth2Validator


def person(username: str) -> dict:
    people = json.loads((settings.STATE_DIR / "people.json").read_text())
    return people[username]


class Validator(OAuth2Validator):
    """ProConnect's claims, and its userinfo answered as a signed JWT."""

    oidc_claim_scope = {"sub": "openid"} | {
        claim: claim for claim in settings.PROCONNECT_CLAIMS
    }

    def get_additional_claims(self, request):
        data = person(request.user.username)
        return {
            "email": data["email"],
            "given_name": data["given_name"],
            "usual_name": data["usual_name"],
            "uid": str(request.user.pk),
            "siret": data["siret"],
        }

    def get_userinfo_claims(self, request):
        claims = self.get_oidc_claims(request.access_token, None, request)
        claims["iss"] = self.get_oidc_issuer_endpoint(request)
        claims["aud"] = request.client.client_id
        key = request.client.jwk_key
        token = jwt.JWT(header={"alg": "RS256", "kid": key.thumbprint()}, claims=claims)
        token.make_signed_token(key)
        return token.serialize()
