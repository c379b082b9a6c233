import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home import roles
from home.models import StandardPage
from notifications.models import Notification


@pytest.fixture
def announced(monkeypatch):
    """Pages of this type announce their first publication, as blog posts will."""
    monkeypatch.setattr(StandardPage, "notification_verb", "new_post", raising=False)


@pytest.fixture
def author(make_user):
    return make_user(
        roles.EDITOR, username="auteur", first_name="Karim", last_name="Benali"
    )


def publish(parent, owner, slug="annonce"):
    page = StandardPage(title="Lancement du guichet", slug=slug, owner=owner)
    parent.add_child(instance=page)
    page.save_revision(user=owner).publish(user=owner)
    return page


@pytest.mark.django_db
def test_first_publication_tells_every_member_but_the_author(
    announced, home_page, make_user, author
):
    alice, bob = make_user(), make_user()

    page = publish(home_page, author)

    notified = set(Notification.objects.values_list("recipient_id", flat=True))
    assert notified == {alice.pk, bob.pk}
    event = Notification.objects.first().event
    assert event.message == "Nouveau billet : « Lancement du guichet »"
    assert event.target_url == page.url


@pytest.mark.django_db
def test_republishing_tells_nobody_again(announced, home_page, make_user, author):
    make_user()
    page = publish(home_page, author)

    page.title = "Lancement du guichet (mis à jour)"
    page.save_revision(user=author).publish(user=author)

    assert Notification.objects.count() == 1


@pytest.mark.django_db
def test_pages_restricted_to_a_group_only_reach_that_group(
    announced, home_page, make_user, author
):
    editor, member = make_user(roles.EDITOR), make_user(roles.MEMBER)
    private = StandardPage(title="Espace éditeurs", slug="editeurs")
    home_page.add_child(instance=private)
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.EDITOR))

    publish(private, author)

    assert list(Notification.objects.values_list("recipient_id", flat=True)) == [
        editor.pk
    ]
    assert member.notifications.count() == 0


@pytest.mark.django_db
def test_pages_without_a_notification_verb_tell_nobody(home_page, make_user, author):
    make_user()

    publish(home_page, author)

    assert Notification.objects.count() == 0


@pytest.mark.django_db
def test_deleting_a_page_forgets_its_notifications(
    announced, home_page, make_user, author
):
    from notifications.models import NotificationEvent

    make_user()
    section = StandardPage(title="Rubrique", slug="rubrique")
    home_page.add_child(instance=section)
    publish(section, author)
    assert NotificationEvent.objects.count() == 1

    section.delete()

    assert NotificationEvent.objects.count() == 0
    assert Notification.objects.count() == 0


@pytest.mark.django_db
def test_restricting_a_page_later_withdraws_its_notifications(
    announced, home_page, make_user, author
):
    editor, member = make_user(roles.EDITOR), make_user(roles.MEMBER)
    page = publish(home_page, author)
    assert Notification.objects.count() == 2

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.EDITOR))

    assert list(Notification.objects.values_list("recipient_id", flat=True)) == [
        editor.pk
    ]
    assert member.notifications.count() == 0


@pytest.mark.django_db
def test_a_password_on_a_section_withdraws_its_pages_notifications(
    announced, home_page, make_user, author
):
    make_user()
    section = StandardPage(title="Rubrique", slug="rubrique")
    home_page.add_child(instance=section)
    publish(section, author)

    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    assert Notification.objects.count() == 0
