"""What several journeys read on a page."""

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()


def serious_violations(page) -> list[tuple[str, str, str]]:
    """axe-core's violations of impact "serious" or "critical" on this page."""
    results = _axe.run(page)
    return [
        (page.url, violation["id"], violation["help"])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def unread_count(page) -> int:
    """The number on the header's bell (0 when it shows none)."""
    counter = page.locator("#header-notifications .osmose-counter")
    if counter.count() == 0:
        return 0
    return int(counter.inner_text().rstrip("+"))


def page_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")
