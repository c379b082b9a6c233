from home.sections import registered_sections


def home_sections_for_user(*, user, home) -> list[dict]:
    """The home page sections a member sees, in order (empty ones left out)."""
    sections = []
    for section in registered_sections():
        context = section.build(user=user, home=home)
        if context is not None:
            sections.append({"template": section.template, **context})
    return sections


def service_pages(*, home) -> list:
    """The live entry pages of the services directly under the home page."""
    from home.models import ServiceIndexPage

    return [
        page
        for page in home.get_children().live().specific()
        if isinstance(page, ServiceIndexPage)
    ]
