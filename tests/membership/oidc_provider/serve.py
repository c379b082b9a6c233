"""Start the test provider: `python -m tests.membership.oidc_provider.serve PORT`.

Its state folder (OIDC_PROVIDER_DIR) holds the RSA key, people.json (the
people who may sign in) and client.json (the registered OSMOSE client).
"""

import json
import os
import sys

import django
from django.core.management import call_command


def main(port: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.membership.oidc_provider.settings"
    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from oauth2_provider.models import Application

    call_command("migrate", run_syncdb=True, verbosity=0)
    for username, data in json.loads(
        (settings.STATE_DIR / "people.json").read_text()
    ).items():
        User.objects.create_user(
            username=username, password=data["password"], email=data["email"]
        )
    client = json.loads((settings.STATE_DIR / "client.json").read_text())
    Application.objects.create(
        name="OSMOSE",
        client_id=client["client_id"],
        client_secret=client["client_secret"],
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=client["redirect_uri"],
        post_logout_redirect_uris=client["post_logout_redirect_uri"],
        algorithm=Application.RS256_ALGORITHM,
        skip_authorization=True,
    )
    call_command("runserver", f"127.0.0.1:{port}", use_reloader=False, verbosity=0)


if __name__ == "__main__":
    main(sys.argv[1])
