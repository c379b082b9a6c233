import pytest


@pytest.mark.django_db
def test_thread_page_renders(member_client, thread, post_message, member, site_tree):
    post_message(author=member, thread=thread, text="Bonjour @[administrateur] !")
    response = member_client.get(f"/echanges/fil/{thread.slug}/")
    assert response.status_code == 200
    assert "Bonjour" in response.content.decode()
    index = member_client.get("/echanges/")
    assert index.status_code == 200, index.content.decode()[:3000]
    assert thread.title in index.content.decode()
