"""The "Nouvelles entrées de FAQ" section of the home page."""

from faq.selectors import faq_index_page, faq_latest_for_user

HOME_SECTION_SIZE = 4


def new_entries_section(*, user, home) -> dict | None:
    """The newest entries this member may read, or None when there is none."""
    entries = faq_latest_for_user(user=user, limit=HOME_SECTION_SIZE)
    if not entries:
        return None
    return {"entries": entries, "index": faq_index_page()}
