"""The comments' part of a member's personal data."""

from comments.models import Comment
from profiles.personal_data import PersonalData, former_member


def comments_export(user) -> PersonalData:
    return PersonalData(
        data=[
            {
                "id": comment.pk,
                "text": comment.text,
                "status": comment.status,
                "in_reply_to": comment.parent_id,
                "url": comment.get_absolute_url(),
                "created_at": comment.created_at.isoformat(),
                "edited_at": comment.edited_at.isoformat()
                if comment.edited_at
                else None,
            }
            for comment in Comment.objects.filter(author=user).order_by("pk")
        ]
    )


def comments_erase(user) -> None:
    """Comments stay under their post, signed "Ancien membre"."""
    Comment.objects.filter(author=user).update(author=former_member())
    Comment.objects.filter(hidden_by=user).update(hidden_by=None)
