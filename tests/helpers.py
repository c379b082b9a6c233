"""Small helpers the tests of several apps share."""


def main_content(response_or_html) -> str:
    """The page's <main> element, without the header (whose bell lists new content)."""
    html = response_or_html
    if not isinstance(html, str):
        html = response_or_html.content.decode()
    return html[html.index("<main") : html.index("</main>")]
