import pytest
from django.template import Context, Template


def render(text):
    return Template("{% load mentions_tags %}{{ text|member_text }}").render(
        Context({"text": text})
    )


@pytest.mark.django_db
def test_mentions_become_profile_links(people):
    html = render("Merci @[jdupont] et @Hélène Martin !")

    assert '<a class="osmose-mention" href="/membres/jdupont/">@Jean Dupont</a>' in html
    assert (
        '<a class="osmose-mention" href="/membres/hmartin/">@Hélène Martin</a>' in html
    )


@pytest.mark.django_db
def test_unknown_names_stay_plain_text(people):
    html = render("Merci @personne")

    assert html == "<p>Merci @personne</p>"


@pytest.mark.django_db
def test_member_text_is_escaped_and_scripts_stay_inert(people):
    html = render('<script>alert("x")</script> @[jdupont] <b onclick="x">gras</b>')

    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<b " not in html
    assert 'href="/membres/jdupont/"' in html


@pytest.mark.django_db
def test_links_and_paragraphs_are_rendered(people):
    html = render("Voir https://www.service-public.fr/\nmerci\n\n@jdupont")

    assert (
        '<a href="https://www.service-public.fr/" rel="nofollow">'
        "https://www.service-public.fr/</a><br>merci</p>" in html
    )
    assert html.endswith(
        '<p><a class="osmose-mention" href="/membres/jdupont/">@Jean Dupont</a></p>'
    )


@pytest.mark.django_db
def test_a_hostile_display_name_is_escaped(people):
    jean = people["jean"]
    jean.first_name = "<img src=x onerror=alert(1)>"
    jean.save()

    html = render("@[jdupont]")

    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.django_db
def test_plain_filter_writes_names_for_excerpts(people):
    text = Template("{% load mentions_tags %}{{ text|mentions_plain }}").render(
        Context({"text": "Merci @[jdupont] <3"})
    )

    assert text == "Merci @Jean Dupont &lt;3"
