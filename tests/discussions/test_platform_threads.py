"""The two platform threads exist on a fresh database, at stable addresses."""

import pytest
from django.urls import reverse

from discussions.models import Thread


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("slug", "title"),
    [
        (
            "osmose-vos-retours-vos-questions",
            "OSMOSE : vos retours, vos questions sur l",
        ),
        ("faq-posez-vos-questions", "FAQ : posez vos questions"),
    ],
)
def test_platform_threads_exist(member_client, slug, title, site_tree):
    thread = Thread.objects.get(slug=slug)
    assert thread.theme.title == "La plateforme OSMOSE"
    url = reverse("discussions:thread", kwargs={"slug": slug})
    assert url == f"/echanges/fil/{slug}/"
    response = member_client.get(url)
    assert response.status_code == 200
    assert title in response.content.decode()
    index = member_client.get("/echanges/").content.decode()
    assert "La plateforme OSMOSE" in index
