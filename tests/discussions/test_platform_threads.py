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


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["osmose", "regles"])
def test_about_and_rules_pages_link_the_platform_threads(
    member_client, slug, site_tree
):
    content = member_client.get(f"/{slug}/").content.decode()
    links = [
        f'href="/echanges/fil/{thread}/"'
        for thread in ("osmose-vos-retours-vos-questions", "faq-posez-vos-questions")
    ]
    assert any(link in content for link in links)
    for link in links:
        if link in content:
            target = link.split('"')[1]
            assert member_client.get(target).status_code == 200
