import pytest

from home.models import StandardPage


@pytest.fixture
def target_page(home_page):
    """A plain Wagtail page standing for any notified content."""
    page = StandardPage(title="Compte rendu du comité", slug="compte-rendu")
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def author(make_user):
    return make_user(username="auteur", first_name="Karim", last_name="Benali")
