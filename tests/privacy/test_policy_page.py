"""The demo content has a "Données personnelles" page linked from every footer."""

from privacy import demo


def test_the_policy_page_says_what_why_how_long_and_which_rights(site_tree, client):
    demo.load(site_tree)
    client.force_login(site_tree.users["membre"])
    response = client.get("/donnees-personnelles/")
    content = response.content.decode()
    assert response.status_code == 200
    for words in (
        "Ce que nous conservons et pourquoi",
        "Combien de temps",
        "Notifications : 6 mois",
        "Vos droits",
        "Mes données personnelles",
    ):
        assert words in content
    assert 'href="/donnees-personnelles/"' in content
