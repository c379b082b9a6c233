"""The FAQ's part of a member's personal data."""

from faq.models import FaqEntryPage, FaqVote
from profiles.personal_data import PersonalData


def faq_export(user) -> PersonalData:
    return PersonalData(
        data={
            "votes": [
                {
                    "entry": vote.entry.title,
                    "helpful": vote.helpful,
                    "updated_at": vote.updated_at.isoformat(),
                }
                for vote in FaqVote.objects.filter(user=user)
                .select_related("entry")
                .order_by("pk")
            ],
            "questions_answered": [
                entry.title
                for entry in FaqEntryPage.objects.filter(asked_by=user).order_by("pk")
            ],
        }
    )


def faq_erase(user) -> None:
    FaqVote.objects.filter(user=user).delete()
    FaqEntryPage.objects.filter(asked_by=user).update(asked_by=None)
