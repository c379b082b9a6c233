"""Member text renders inert: plain text, line breaks and links to web addresses."""

import re

import pytest

from comments.rendering import comment_text_to_html

HOSTILE = '<script>alert(1)</script> <a href="javascript:alert(1)">x</a>'


@pytest.mark.django_db
def test_script_and_javascript_link_render_inert_on_the_page(
    member_client, member, post, make_comment
):
    comment = make_comment(author=member, target=post, text=HOSTILE)

    page = member_client.get(post.url).content.decode()
    block = page.split(f'id="commentaire-{comment.pk}"')[1].split("</article>")[0]

    text = block.split('class="osmose-comment__text">')[1].split("</div>")[0]

    assert "<script>alert(1)</script>" not in page
    assert not re.search(r"<a\b[^>]*javascript:", page)
    assert text == (
        "&lt;script&gt;alert(1)&lt;/script&gt; "
        '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;'
    )


def test_urls_become_links_and_line_breaks_are_kept():
    html = comment_text_to_html("Voir https://exemple.fr/doc?a=1&b=2\nMerci")

    assert (
        '<a href="https://exemple.fr/doc?a=1&amp;b=2" '
        'rel="nofollow noopener noreferrer">https://exemple.fr/doc?a=1&amp;b=2</a>'
    ) in html
    assert "<br>Merci" in html


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        '"><svg onload=alert(1)>',
        "[lien](javascript:alert(1))",
    ],
)
def test_no_markup_or_script_url_survives(text):
    html = comment_text_to_html(text)

    assert "<img" not in html and "<svg" not in html
    assert 'href="javascript' not in html
