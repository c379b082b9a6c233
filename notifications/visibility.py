"""Ready-made `visible_to` filters for notification_send."""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet


def page_viewers(page):
    """Narrow a User queryset to the members allowed to see a Wagtail page.

    Follows the page's view restrictions and its ancestors': a group restriction
    keeps that group's members (and superusers); a password restriction keeps
    nobody, since a password cannot be checked for someone else.
    """
    from wagtail.models import PageViewRestriction

    restrictions = list(
        PageViewRestriction.objects.filter(
            page__in=page.get_ancestors(inclusive=True)
        ).prefetch_related("groups")
    )

    def narrow(users: QuerySet) -> QuerySet:
        memberships = get_user_model().groups.through.objects
        for restriction in restrictions:
            if restriction.restriction_type == PageViewRestriction.PASSWORD:
                return users.none()
            if restriction.restriction_type == PageViewRestriction.GROUPS:
                group_ids = [group.pk for group in restriction.groups.all()]
                users = users.filter(
                    Q(is_superuser=True)
                    | Q(
                        pk__in=memberships.filter(group_id__in=group_ids).values(
                            "user_id"
                        )
                    )
                )
        return users

    return narrow
