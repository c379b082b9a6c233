"""A real OpenID Connect provider for the sign-in tests, in its own process."""

import json
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

REPOSITORY = Path(__file__).resolve().parents[2]
CALLBACK_PATH = "/connexion/proconnect/retour/"
CLIENT = {
    "client_id": "osmose-test",
    "client_secret": "osmose-test-secret",
    "redirect_uri": f"http://testserver{CALLBACK_PATH}",
    "post_logout_redirect_uri": "http://testserver/connexion/",
}
PASSWORD = "provider-password-1"
PEOPLE = {
    "agent": {
        "email": "claire.martin@ddt-test.gouv.fr",
        "given_name": "Claire",
        "usual_name": "Martin",
        "siret": "13000000000001",
    },
    "stranger": {
        "email": "jean.inconnu@exemple.org",
        "given_name": "Jean",
        "usual_name": "Inconnu",
        "siret": "21000000000002",
    },
    "partner": {
        "email": "paul.partenaire@bureau-etudes.fr",
        "given_name": "Paul",
        "usual_name": "Partenaire",
        "siret": "40000000000003",
    },
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Provider:
    url: str

    @property
    def discovery_url(self) -> str:
        return f"{self.url}/o/.well-known/openid-configuration"


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory):
    state = tmp_path_factory.mktemp("oidc-provider")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (state / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    people = {name: {**data, "password": PASSWORD} for name, data in PEOPLE.items()}
    (state / "people.json").write_text(json.dumps(people))
    (state / "client.json").write_text(json.dumps(CLIENT))
    port = _free_port()
    log = (state / "provider.log").open("w")
    process = subprocess.Popen(  # noqa: S603 (our own interpreter and module)
        [sys.executable, "-m", "tests.membership.oidc_provider.serve", str(port)],
        cwd=REPOSITORY,
        env={
            "PATH": "/usr/bin:/bin",
            "OIDC_PROVIDER_DIR": str(state),
            "PYTHONPATH": str(REPOSITORY),
        },
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    provider = Provider(url=f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(provider.discovery_url, timeout=1).ok:
                break
        except requests.ConnectionError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError((state / "provider.log").read_text())
        time.sleep(0.1)
    yield provider
    process.terminate()
    process.wait(timeout=10)
    log.close()


@pytest.fixture
def proconnect(settings, oidc_provider):
    """OSMOSE configured to sign in against the test provider."""
    settings.PROCONNECT_DISCOVERY_URL = oidc_provider.discovery_url
    settings.OIDC_RP_CLIENT_ID = CLIENT["client_id"]
    settings.OIDC_RP_CLIENT_SECRET = CLIENT["client_secret"]
    settings.MEMBERSHIP_ALLOWED_DOMAINS = ["ddt-test.gouv.fr"]
    return oidc_provider


def replace_query(url: str, **changes) -> str:
    parts = urlsplit(url)
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


class Browser:
    """One person's browser: OSMOSE through Django's test client, the provider
    over HTTP, following the redirects between them."""

    def __init__(self, client, provider: Provider, username: str):
        self.client = client
        self.provider = provider
        self.at_provider = requests.Session()
        response = self.at_provider.get(f"{provider.url}/login/", timeout=5)
        response.raise_for_status()
        response = self.at_provider.post(
            f"{provider.url}/login/",
            data={
                "username": username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": self.at_provider.cookies["csrftoken"],
                "next": "/whoami/",
            },
            timeout=5,
        )
        assert response.text == username

    def start(self, next_url: str = "") -> str:
        """Click "S'identifier avec ProConnect": the provider's authorize URL."""
        path = "/connexion/proconnect/" + (f"?next={next_url}" if next_url else "")
        response = self.client.get(path)
        assert response.status_code == 302, response.content
        return response["Location"]

    def authorize(self, authorize_url: str) -> str:
        """The provider signs the person in: the callback URL it sends back."""
        response = self.at_provider.get(authorize_url, allow_redirects=False, timeout=5)
        assert response.status_code == 302, response.text
        location = response.headers["Location"]
        assert location.startswith(CLIENT["redirect_uri"]), location
        return location

    def callback(self, callback_url: str):
        parts = urlsplit(callback_url)
        return self.client.get(f"{parts.path}?{parts.query}")

    def sign_in(self, next_url: str = ""):
        return self.callback(self.authorize(self.start(next_url)))

    def provider_user(self) -> str:
        return self.at_provider.get(f"{self.provider.url}/whoami/", timeout=5).text


@pytest.fixture
def browser(client, proconnect):
    def open_as(username: str) -> Browser:
        return Browser(client, proconnect, username)

    return open_as
