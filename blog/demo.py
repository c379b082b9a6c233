"""Demo content of the blog: six posts with images and documents made in code,
and comments by several members (one reply). Idempotent: looks before creating."""

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from blog.models import BlogIndexPage, BlogPage
from blog.services import blog_moderation_attach
from comments.models import Comment
from comments.services import comment_create
from home.demo import ensure_child

DEMO_ORDER = 20

# Colours of the DSFR palette (blue France, red Marianne, greens, ochre).
PALETTES = [
    ((0, 0, 145), (106, 106, 244)),
    ((225, 0, 15), (255, 180, 180)),
    ((24, 117, 60), (184, 254, 201)),
    ((0, 99, 203), (202, 250, 255)),
    ((196, 137, 0), (254, 236, 194)),
    ((106, 106, 106), (221, 221, 221)),
]


def _picture_bytes(seed: int) -> bytes:
    """A 1200×675 illustration: a sky gradient, hills and a few houses."""
    rng = random.Random(seed)
    dark, light = PALETTES[seed % len(PALETTES)]
    width, height = 1200, 675
    picture = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        ratio = y / height
        colour = tuple(int(light[i] * (1 - ratio) + dark[i] * ratio) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    draw.ellipse((-200, 420, 700, 900), fill=(245, 245, 254))
    draw.ellipse((500, 460, 1500, 980), fill=(236, 236, 254))
    for _ in range(6):
        x = rng.randint(60, width - 200)
        base = rng.randint(470, 560)
        size = rng.randint(70, 120)
        draw.rectangle((x, base - size, x + size, base), fill=(255, 255, 255))
        draw.polygon(
            [
                (x - 12, base - size),
                (x + size // 2, base - size - 60),
                (x + size + 12, base - size),
            ],
            fill=dark,
        )
        draw.rectangle(
            (x + size // 3, base - size // 2, x + 2 * size // 3, base), fill=light
        )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small two-page PDF document."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(title)
    for page_number in (1, 2):
        pdf.setFont("Helvetica-Bold", 18)
        pdf.drawString(72, 770, title)
        pdf.setFont("Helvetica", 11)
        y = 730
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 18
        pdf.drawString(72, 60, f"Programme Démat. ADS — page {page_number}/2")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _ensure_image(title: str, seed: int, description: str):
    Image_ = get_image_model()
    image = Image_.objects.filter(title=title).first()
    if image is None:
        data = _picture_bytes(seed)
        image = Image_(
            title=title,
            description=description,
            file=ImageFile(io.BytesIO(data), name=f"blog-demo-{seed}.png"),
            file_size=len(data),
        )
        image.save()
    return image


def _ensure_document(title: str, filename: str, lines: list[str]):
    """The document with this title; a small PDF of these lines when the
    library has none (its demo did not run)."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).order_by("pk").first()
    if document is None:
        data = _pdf_bytes(title, lines)
        document = Document(
            title=title, file=ContentFile(data, name=filename), file_size=len(data)
        )
        document.save()
    return document


def _paragraph(html):
    return {"type": "paragraph", "value": html}


def _heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def _documents(*documents):
    return {
        "type": "document_links",
        "value": [{"document": document.pk, "title": ""} for document in documents],
    }


def _page_link(page):
    return [{"type": "page_link", "value": {"page": page.pk, "title": ""}}]


def _ensure_post(index, *, slug, tags, **fields):
    existing = index.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    post = BlogPage(slug=slug, **fields)
    post.tags.add(*tags)
    index.add_child(instance=post)
    post.save_revision().publish()
    return post


INDEX_ORDER = 10


def ensure_index(ctx) -> None:
    ensure_child(
        ctx.home,
        BlogIndexPage,
        slug="blog",
        title="Blog",
        introduction="<p>Les actualités du programme.</p>",
    )


def load(ctx) -> None:
    index = BlogIndexPage.objects.child_of(ctx.home).first()
    if index is None:
        return
    blog_moderation_attach(index=index)
    users = ctx.users
    today = timezone.localdate()

    # The library's own documents (its demo loads first): one file each, in
    # its collection, rather than look-alike copies with other titles.
    guide = _ensure_document(
        "Guide de démarrage du guichet numérique",
        "guide-guichet-numerique.pdf",
        [
            "1. Se connecter au guichet numérique de la commune.",
            "2. Déposer une demande d'autorisation d'urbanisme en ligne.",
            "3. Suivre l'instruction et répondre aux demandes de pièces.",
        ],
    )
    calendar = _ensure_document(
        "Calendrier de déploiement par département",
        "calendrier-deploiement.pdf",
        [
            "Janvier : ouverture aux communes pilotes.",
            "Avril : raccordement des services instructeurs.",
            "Septembre : généralisation et bilan d'étape.",
        ],
    )
    webinar = _ensure_document(
        "Webinaire : instruire un dossier dématérialisé",
        "webinaire-instruction-dematerialisee.pdf",
        [
            "Présentation des outils d'instruction dématérialisée.",
            "Questions-réponses avec les services instructeurs.",
        ],
    )
    rules_page = ctx.home.get_children().filter(slug="regles").first()

    posts = [
        {
            "slug": "lancement-osmose",
            "title": "OSMOSE ouvre ses portes à la communauté",
            "tags": ["Annonce", "OSMOSE", "Déploiement"],
            "days_ago": 2,
            "author": "admin",
            "introduction": (
                "L'espace collaboratif du programme Démat. ADS est ouvert : "
                "documents, calendrier, échanges et blog au même endroit."
            ),
            "body": [
                _paragraph(
                    "<p>Bienvenue sur OSMOSE ! Cet espace réunit les services "
                    "instructeurs, les communes et l'équipe du programme.</p>"
                ),
                {
                    "type": "callout",
                    "value": {
                        "title": "Première connexion",
                        "text": "<p>Pensez à compléter votre profil.</p>",
                    },
                },
                _heading("Par où commencer ?"),
                _paragraph(
                    "<ul><li>Lire les règles et bonnes pratiques ;</li>"
                    "<li>consulter le guide de démarrage ;</li>"
                    "<li>poser vos questions dans les espaces d'échanges.</li></ul>"
                ),
                _documents(guide),
                *(_page_link(rules_page) if rules_page else []),
            ],
        },
        {
            "slug": "calendrier-deploiement-2026",
            "title": "Le calendrier de déploiement 2026 est publié",
            "tags": ["Déploiement", "Calendrier"],
            "days_ago": 9,
            "author": "editeur",
            "introduction": (
                "Trois grandes étapes rythmeront l'année : communes pilotes, "
                "services instructeurs, puis généralisation."
            ),
            "body": [
                _paragraph(
                    "<p>Le comité de pilotage a validé le calendrier de "
                    "déploiement. Voici les jalons principaux.</p>"
                ),
                {
                    "type": "table",
                    "value": {
                        "data": [
                            ["Période", "Étape"],
                            ["Janvier", "Communes pilotes"],
                            ["Avril", "Services instructeurs"],
                            ["Septembre", "Généralisation"],
                        ],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "Jalons du déploiement 2026",
                    },
                },
                _documents(calendar),
            ],
        },
        {
            "slug": "retour-webinaire-instruire-en-ligne",
            "title": "Retour sur le webinaire « Instruire en ligne »",
            "tags": ["Webinaire", "Instruction"],
            "days_ago": 16,
            "author": "editeur",
            "introduction": (
                "Plus de 120 participants ont suivi le webinaire consacré à "
                "l'instruction dématérialisée. Le support est disponible."
            ),
            "body": [
                _paragraph(
                    "<p>Merci à toutes et à tous pour vos nombreuses questions. "
                    "Les réponses seront reprises dans la FAQ.</p>"
                ),
                {
                    "type": "quote",
                    "value": {
                        "text": (
                            "La dématérialisation nous fait gagner un temps "
                            "précieux sur les demandes de pièces complémentaires."
                        ),
                        "author": "Une instructrice de la DDT",
                    },
                },
                _documents(webinar, guide),
            ],
        },
        {
            "slug": "communes-pilotes-premiers-retours",
            "title": "Communes pilotes : les premiers retours d'expérience",
            "tags": ["Déploiement", "Retour d'expérience"],
            "days_ago": 23,
            "author": "admin",
            "introduction": (
                "Les communes pilotes partagent leurs premiers enseignements "
                "sur le dépôt en ligne des demandes."
            ),
            "body": [
                _heading("Ce qui fonctionne"),
                _paragraph(
                    "<p>Les pétitionnaires apprécient de suivre leur dossier "
                    "en ligne.</p>"
                ),
                _heading("Ce qui reste à améliorer"),
                _paragraph("<p>Le format des plans déposés varie encore beaucoup.</p>"),
            ],
        },
        {
            "slug": "conduite-du-changement-ateliers",
            "title": "Conduite du changement : des ateliers dans chaque région",
            "tags": ["Conduite du changement", "Atelier"],
            "days_ago": 37,
            "author": "editeur",
            "introduction": (
                "Des ateliers d'une demi-journée accompagnent les équipes dans "
                "la prise en main des nouveaux outils."
            ),
            "body": [
                _paragraph(
                    "<p>Les inscriptions sont ouvertes dans le calendrier. Chaque "
                    "atelier accueille quinze personnes.</p>"
                ),
                _documents(guide),
            ],
        },
        {
            "slug": "bonnes-pratiques-pieces-jointes",
            "title": "Cinq bonnes pratiques pour les pièces jointes",
            "tags": ["Instruction", "Bonnes pratiques"],
            "days_ago": 51,
            "author": "admin",
            "introduction": (
                "Formats, tailles, nommage : quelques règles simples pour des "
                "dossiers complets dès le dépôt."
            ),
            "body": [
                _paragraph(
                    "<ol><li>Préférer le PDF ;</li><li>un fichier par pièce ;</li>"
                    "<li>nommer les fichiers avec le code de la pièce ;</li>"
                    "<li>vérifier la lisibilité des plans ;</li>"
                    "<li>ne pas dépasser 25 Mo par fichier.</li></ol>"
                ),
            ],
        },
    ]
    created = {}
    for seed, spec in enumerate(posts):
        image = _ensure_image(
            f"Illustration — {spec['title']}",
            seed,
            "Illustration : des maisons sur une colline",
        )
        body = list(spec["body"])
        if seed == 0:
            territory = _ensure_image(
                "Illustration — Un territoire, une communauté",
                len(posts) + 3,
                "Des maisons sur une colline",
            )
            body.insert(
                1,
                {
                    "type": "image",
                    "value": {
                        "image": territory.pk,
                        "alt_text": "Des maisons sur une colline",
                        "caption": "Un territoire, une communauté.",
                    },
                },
            )
        created[spec["slug"]] = _ensure_post(
            index,
            slug=spec["slug"],
            title=spec["title"],
            tags=spec["tags"],
            date=today - datetime.timedelta(days=spec["days_ago"]),
            author=users.get(spec["author"]),
            owner=users.get(spec["author"]),
            introduction=spec["introduction"],
            header_image=image,
            body=body,
        )
    _load_comments(created, users)
    ctx.say(f"Blog: {len(created)} posts.")


def _load_comments(posts: dict, users: dict) -> None:
    launch = posts["lancement-osmose"]
    if Comment.objects.filter(object_id=launch.pk).exists():
        return
    first = comment_create(
        author=users["jdupont"],
        target=launch,
        text="Bravo pour le lancement ! Le guide de démarrage est très clair.",
        check_flood=False,
    )
    comment_create(
        author=users["crousseau"],
        target=launch,
        text=(
            "Est-ce que les communes non pilotes peuvent déjà s'inscrire ?\n"
            "Nous sommes intéressés pour septembre."
        ),
        check_flood=False,
    )
    comment_create(
        author=users["admin"],
        target=launch,
        parent=first,
        text="Merci Jean ! Vos retours sur le guide sont les bienvenus.",
        check_flood=False,
    )
    comment_create(
        author=users["mnguyen"],
        target=posts["calendrier-deploiement-2026"],
        text=(
            "Le détail des étapes est aussi sur le site du programme : "
            "https://www.ecologie.gouv.fr"
        ),
        check_flood=False,
    )
    comment_create(
        author=users["membre"],
        target=posts["retour-webinaire-instruire-en-ligne"],
        text=(
            "Merci pour le support, la partie sur les pièces complémentaires "
            "m'a beaucoup aidée."
        ),
        check_flood=False,
    )
    comment_create(
        author=users["jdupont"],
        target=posts["retour-webinaire-instruire-en-ligne"],
        text="Une rediffusion est-elle prévue ?",
        check_flood=False,
    )
