import pytest
from wagtail.models import Page

from home import roles
from home.models import StandardPage
from profiles import services


@pytest.fixture
def colleague(make_user):
    user = make_user(
        roles.MEMBER,
        username="crousseau",
        first_name="Claire",
        last_name="Rousseau",
        email="claire@osmose.example",
    )
    services.profile_update(
        user=user,
        first_name="Claire",
        last_name="Rousseau",
        organisation="Commune d'Annecy",
        job_title="Instructrice",
        phone="04 50 00 00 00",
        bio="Je travaille avec <script>alert(1)</script> @[membre].",
    )
    return user


@pytest.mark.django_db
def test_public_profile_shows_what_the_member_shares(member_client, colleague):
    content = member_client.get("/membres/crousseau/").content.decode()

    assert "Claire Rousseau" in content
    assert "Commune d&#x27;Annecy" in content
    assert "Instructrice" in content
    assert "04 50 00 00 00" in content
    assert "claire@osmose.example" not in content


@pytest.mark.django_db
def test_email_is_shown_when_the_member_allows_it(member_client, colleague):
    profile = colleague.profile
    profile.show_email = True
    profile.save()

    content = member_client.get("/membres/crousseau/").content.decode()

    assert 'href="mailto:claire@osmose.example"' in content


@pytest.mark.django_db
def test_bio_is_escaped_and_mentions_are_linked(member_client, member, colleague):
    content = member_client.get("/membres/crousseau/").content.decode()

    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert '<a class="osmose-mention" href="/membres/membre/">@Hélène Nom' in content


@pytest.mark.django_db
def test_recent_publications_are_listed(member_client, colleague, home_page):
    section = StandardPage(title="Guides", slug="guides")
    home_page.add_child(instance=section)
    guide = StandardPage(
        title="Guide de la dématérialisation", slug="guide", owner=colleague
    )
    section.add_child(instance=guide)
    guide.save_revision().publish()

    content = member_client.get("/membres/crousseau/").content.decode()

    assert "Contributions récentes" in content
    assert "Guide de la dématérialisation" in content
    assert Page.objects.get(slug="guide").url in content


@pytest.mark.django_db
def test_unknown_or_inactive_member_is_not_found(member_client, colleague):
    colleague.is_active = False
    colleague.save()

    assert member_client.get("/membres/crousseau/").status_code == 404
    assert member_client.get("/membres/personne/").status_code == 404
