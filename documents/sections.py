"""The "Nouveaux documents" section of the home page."""

from documents.selectors import document_latest_for_user, library_page

HOME_SECTION_SIZE = 4


def new_documents_section(*, user, home) -> dict | None:
    """The newest documents this member may see, or None when there is none."""
    documents = document_latest_for_user(user=user, limit=HOME_SECTION_SIZE)
    if not documents:
        return None
    return {"documents": documents, "library": library_page()}
