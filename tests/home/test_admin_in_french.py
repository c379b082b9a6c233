"""What an editor reads in the back office is French."""

import pytest
from django.urls import reverse
from wagtail.models import Page


@pytest.mark.django_db
def test_publish_menu_submits_to_the_french_workflow(client, editor, site_tree):
    client.force_login(editor)
    page = Page.objects.get(slug="osmose")

    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Soumettre à Validation par un administrateur" in html
    assert "Moderators approval" not in html
