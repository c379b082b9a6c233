"""The blog's part of a member's personal data: the posts they signed."""

from blog.models import BlogPage
from profiles.personal_data import PersonalData, former_member


def blog_export(user) -> PersonalData:
    return PersonalData(
        data=[
            {"title": post.title, "url": post.url, "date": post.date.isoformat()}
            for post in BlogPage.objects.filter(author=user).order_by("pk")
        ]
    )


def blog_erase(user) -> None:
    """Posts stay published, signed "Ancien membre"."""
    BlogPage.objects.filter(author=user).update(author=former_member())
