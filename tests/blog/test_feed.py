"""RSS and Atom feeds for logged-in members."""

import xml.etree.ElementTree as ET  # noqa: S405 - parses our own feed

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.django_db
def test_rss_feed_lists_live_posts_newest_first(member_client, make_post):
    make_post("Ancien", days_ago=5, tags=["Atelier"])
    make_post("Récent", days_ago=1)
    make_post("Brouillon", live=False)

    response = member_client.get("/blog/flux/rss/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Récent", "Ancien"]
    assert items[0].findtext("link") == "http://testserver/blog/billet-2/"
    assert items[1].findtext("category") == "Atelier"
    assert items[1].findtext("description") == "Introduction du billet 1."


@pytest.mark.django_db
def test_atom_feed_lists_the_same_posts(member_client, make_post):
    make_post("Ancien", days_ago=5)
    make_post("Récent", days_ago=1)

    response = member_client.get("/blog/flux/atom/")

    feed = ET.fromstring(response.content)  # noqa: S314
    assert response["Content-Type"].startswith("application/atom+xml")
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == [
        "Récent",
        "Ancien",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/blog/flux/rss/", "/blog/flux/atom/"])
def test_feeds_need_a_login(client, blog_index, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/")


@pytest.mark.django_db
def test_index_links_to_the_feeds(member_client, blog_index):
    content = member_client.get("/blog/").content.decode()

    assert 'type="application/rss+xml"' in content
    assert 'href="/blog/flux/rss/"' in content
    assert 'href="/blog/flux/atom/"' in content
