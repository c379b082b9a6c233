"""Journey 8: an editor writes a blog post with a document block in the Wagtail
admin and submits it; an administrator publishes it; a member sees it on the
home page and in "since my last visit"."""

from playwright.sync_api import expect

from blog.models import BlogIndexPage

TITLE = "Le guichet numérique ouvre à Nantes"
DOCUMENT = "Guide de démarrage du guichet numérique"


def write_post(page, server, index_pk):
    page.goto(f"{server}/admin/pages/add/blog/blogpage/{index_pk}/")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_title").press("Tab")  # Wagtail fills the slug on leaving
    page.locator("#id_introduction").fill("Les premiers dossiers arrivent en ligne.")
    body = page.locator("[data-contentpath='body']")
    body.get_by_role("button", name="Insérer un bloc").first.click()
    page.get_by_role("option", name="Liens vers des documents").click()
    body.get_by_role("button", name="Choisir un document").first.click()
    modal = page.locator(".modal-content")
    modal.get_by_role("link", name=DOCUMENT).click()
    expect(body.get_by_text(DOCUMENT)).to_be_visible()


def test_editor_post_published_by_an_administrator_reaches_the_members(open_as, server):
    index = BlogIndexPage.objects.get()
    editor = open_as("editeur")
    write_post(editor, server, index.pk)
    editor.get_by_role("button", name="Plus d'actions").click()
    editor.get_by_role("button", name="Soumettre à Modération du blog").click()
    expect(editor.get_by_text("a été soumise pour modération")).to_be_visible()

    admin = open_as("admin")
    admin.goto(f"{server}/admin/")
    admin.get_by_role("link", name=TITLE).first.click()
    admin.get_by_role("button", name="Plus d'actions").click()
    admin.get_by_role("button", name="Approuver et Publier").click()
    expect(admin.locator(".messages")).to_contain_text(TITLE)

    # The bell told the administrator of the submission, and tells the editor
    # of the publication.
    admin.goto(f"{server}/notifications/")
    expect(
        admin.locator("main").get_by_text(f"a soumis « {TITLE} » à la modération")
    ).to_be_visible()
    editor.goto(f"{server}/notifications/")
    expect(editor.locator("main").get_by_text(f"a publié « {TITLE} »")).to_be_visible()

    member = open_as("membre")
    member.goto(f"{server}/")
    since = member.locator(
        "section",
        has=member.get_by_role(
            "heading", name="Nouveautés depuis votre dernière visite"
        ),
    )
    expect(since.get_by_text(TITLE)).to_be_visible()
    latest = member.locator(
        "section", has=member.get_by_role("heading", name="Derniers billets")
    )
    latest.get_by_role("link", name=TITLE).click()
    expect(member.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(member.get_by_role("link", name=DOCUMENT)).to_be_visible()
