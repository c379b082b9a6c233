"""Demo library: real small files generated here, in several collections.

PDFs are drawn with reportlab, office files written with python-docx and
openpyxl, the poster with Pillow; each is uploaded through the library's
service and processed at once (page count, preview, text). One collection,
"Comité de pilotage", is restricted to the Administrateur group.

Other demo loaders (blog, events) find these files with `demo_document(key)`.
"""

import io
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.models import Collection, CollectionViewRestriction

from documents.models import DocumentIndexPage, LibraryDocument
from documents.services import document_create, document_process
from home import roles
from home.demo import ensure_child

DEMO_ORDER = 10
PRIVATE_COLLECTION = "Comité de pilotage"


@dataclass(frozen=True)
class DemoDocument:
    key: str
    collection: str
    title: str
    filename: str
    description: str
    content: list = field(default_factory=list)


DEMO_DOCUMENTS = [
    DemoDocument(
        "plaquette",
        "Plaquettes de communication",
        "Plaquette de présentation d'OSMOSE",
        "Plaquette OSMOSE.pdf",
        "La plaquette à remettre aux communes qui rejoignent le programme.",
        [
            [
                "OSMOSE, l'espace collaboratif du programme Démat. ADS",
                "Depuis le 1er janvier 2022, toutes les communes doivent pouvoir "
                "recevoir les demandes d'autorisation d'urbanisme par voie "
                "électronique. OSMOSE réunit les services instructeurs, les "
                "éditeurs de logiciels et l'équipe du programme.",
                "On y trouve les actualités, le calendrier des webinaires, la "
                "bibliothèque de documents, des espaces d'échanges et une FAQ.",
            ],
            [
                "Rejoindre OSMOSE",
                "Demandez un compte à l'équipe du programme : il suffit d'une "
                "adresse professionnelle. Complétez ensuite votre profil avec une "
                "photo pour que les autres membres vous reconnaissent.",
                "Contact : equipe-demat-ads@osmose.example",
            ],
        ],
    ),
    DemoDocument(
        "affiche",
        "Plaquettes de communication",
        "Affiche : le guichet numérique des autorisations d'urbanisme",
        "Affiche guichet numérique.png",
        "L'affiche à imprimer pour l'accueil de la mairie.",
    ),
    DemoDocument(
        "webinaire",
        "Supports de webinaires",
        "Webinaire : instruire un dossier dématérialisé",
        "Webinaire instruction dématérialisée.pdf",
        "Les diapositives du webinaire de mars, avec les questions posées.",
        [
            ["Instruire un dossier dématérialisé", "Webinaire du programme Démat. ADS"],
            [
                "1. Le dépôt en ligne",
                "Le pétitionnaire dépose son dossier sur le guichet numérique de la "
                "commune. L'accusé d'enregistrement électronique part aussitôt.",
            ],
            [
                "2. La consultation des services",
                "Les services consultés reçoivent les pièces par PLAT'AU : plus "
                "d'envoi papier, les délais courent dès la transmission.",
            ],
            [
                "3. La décision",
                "L'arrêté est signé électroniquement et notifié par voie "
                "dématérialisée lorsque le demandeur l'a accepté.",
            ],
            ["Vos questions", "Retrouvez les réponses dans la FAQ d'OSMOSE."],
        ],
    ),
    DemoDocument(
        "guide",
        "Documents utiles",
        "Guide de démarrage du guichet numérique",
        "Guide de démarrage.docx",
        "Pas à pas pour ouvrir le guichet numérique de votre commune.",
        [
            "Guide de démarrage du guichet numérique",
            "Ce guide accompagne les communes qui ouvrent leur guichet numérique "
            "des autorisations d'urbanisme.",
            "Étape 1 : choisir la solution de dépôt en ligne.",
            "Étape 2 : paramétrer les adresses de réception et les accusés.",
            "Étape 3 : informer les habitants et former les agents d'accueil.",
        ],
    ),
    DemoDocument(
        "calendrier",
        "Documents utiles",
        "Calendrier de déploiement par département",
        "Calendrier de déploiement.xlsx",
        "Les dates de bascule prévues, département par département.",
        [
            ["Département", "Communes", "Bascule prévue"],
            ["Ain", 393, "Janvier"],
            ["Gironde", 535, "Février"],
            ["Isère", 512, "Mars"],
            ["Nord", 648, "Avril"],
        ],
    ),
    DemoDocument(
        "recette",
        "Recette",
        "Procès-verbal de recette : lot 1",
        "PV recette lot 1.pdf",
        "La recette du premier lot de l'outil d'instruction.",
        [
            [
                "Procès-verbal de recette — lot 1",
                "Périmètre : dépôt, enregistrement et consultation des services.",
            ],
            [
                "Anomalies relevées",
                "Trois anomalies mineures ont été relevées sur l'affichage des "
                "pièces jointes ; aucune anomalie bloquante.",
            ],
            [
                "Décision",
                "Le lot 1 est accepté avec réserves ; les corrections sont "
                "attendues pour la prochaine version.",
            ],
        ],
    ),
    DemoDocument(
        "conduite",
        "Conduite du changement",
        "Plan de conduite du changement",
        "Plan de conduite du changement.docx",
        "Communication, formation et accompagnement des services instructeurs.",
        [
            "Plan de conduite du changement",
            "Objectif : que chaque agent instructeur travaille sur des dossiers "
            "numériques sans double saisie.",
            "Actions : ateliers de prise en main, référents dans chaque service, "
            "webinaires mensuels.",
        ],
    ),
    DemoDocument(
        "cahier",
        "Conception des outils",
        "Cahier des charges de l'outil d'instruction",
        "Cahier des charges.pdf",
        "Les besoins exprimés par les services instructeurs.",
        [
            ["Cahier des charges", "Outil d'instruction des autorisations d'urbanisme"],
            [
                "Contexte",
                "Les services instructeurs reçoivent des dossiers numériques.",
            ],
            ["Besoins", "Visualiser les pièces, annoter les plans, consulter."],
            ["Contraintes", "Interopérabilité avec PLAT'AU ; accessibilité RGAA."],
        ],
    ),
    DemoDocument(
        "copil",
        PRIVATE_COLLECTION,
        "Relevé de décisions du comité de pilotage",
        "Relevé de décisions COPIL.pdf",
        "Réservé aux administrateurs.",
        [
            ["Comité de pilotage", "Relevé de décisions"],
            ["Décisions", "Le budget de la phase 2 est validé."],
        ],
    ),
]


def demo_document(key: str) -> LibraryDocument | None:
    """The demo document with this key, once `load` has run."""
    demo = next((item for item in DEMO_DOCUMENTS if item.key == key), None)
    if demo is None:
        return None
    return LibraryDocument.objects.filter(
        title=demo.title, collection__name=demo.collection
    ).first()


INDEX_ORDER = 30


def ensure_index(ctx) -> None:
    ensure_child(
        ctx.home,
        DocumentIndexPage,
        slug="documents",
        title="Documents",
        introduction=(
            "<p>Plaquettes de communication, supports de webinaires, "
            "documents utiles.</p>"
        ),
    )


def load(ctx) -> None:
    collections = _ensure_collections()
    uploader = ctx.users.get("editeur")
    created = 0
    for demo in DEMO_DOCUMENTS:
        collection = collections[demo.collection]
        if LibraryDocument.objects.filter(
            title=demo.title, collection=collection
        ).exists():
            continue
        document = document_create(
            title=demo.title,
            file=ContentFile(_file_bytes(demo), name=demo.filename),
            collection=collection,
            uploaded_by=uploader,
            description=demo.description,
        )
        document_process(document=document)
        created += 1
    if created:
        ctx.say(f"Documents : {created} fichiers ajoutés à la bibliothèque.")


def _ensure_collections() -> dict:
    root = Collection.get_first_root_node()
    names = {demo.collection for demo in DEMO_DOCUMENTS}
    collections = {}
    for name in sorted(names):
        collection = root.get_children().filter(name=name).first()
        if collection is None:
            collection = root.add_child(name=name)
        collections[name] = collection
    private = collections[PRIVATE_COLLECTION]
    if not CollectionViewRestriction.objects.filter(collection=private).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))
    return collections


def _file_bytes(demo: DemoDocument) -> bytes:
    extension = demo.filename.rsplit(".", 1)[1]
    if extension == "pdf":
        return _pdf(demo.content, landscape=demo.key == "webinaire")
    if extension == "docx":
        return _docx(demo.content)
    if extension == "xlsx":
        return _xlsx(demo.content)
    return _poster()


def _pdf(pages: list, *, landscape: bool = False) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as to_landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    size = to_landscape(A4) if landscape else A4
    width, height = size
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size, invariant=1)
    pdf.setTitle(pages[0][0])
    pdf.setAuthor("Programme Démat. ADS")
    for number, (heading, *paragraphs) in enumerate(pages, start=1):
        pdf.setFillColorRGB(0, 0, 0.57)
        pdf.rect(0, height - 90, width, 90, fill=1, stroke=0)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.setFont("Helvetica-Bold", 18)
        pdf.drawString(50, height - 55, heading)
        pdf.setFillColorRGB(0.1, 0.1, 0.1)
        pdf.setFont("Helvetica", 13)
        y = height - 140
        for paragraph in paragraphs:
            for line in simpleSplit(paragraph, "Helvetica", 13, width - 100):
                pdf.drawString(50, y, line)
                y -= 19
            y -= 12
        pdf.setFont("Helvetica", 9)
        pdf.drawRightString(width - 50, 30, f"OSMOSE — page {number}/{len(pages)}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _docx(paragraphs: list) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(paragraphs[0], level=1)
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx(rows: list) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Déploiement"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _poster() -> bytes:
    from pathlib import Path

    import reportlab
    from PIL import Image, ImageDraw, ImageFont

    # Bitstream Vera ships with reportlab: accented letters on every machine.
    font_path = str(Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf")
    image = Image.new("RGB", (900, 1270), (245, 245, 254))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 900, 260), fill=(0, 0, 145))
    draw.rectangle((80, 420, 820, 1000), outline=(0, 0, 145), width=8)
    draw.text(
        (80, 110), "Démat. ADS", fill="white", font=ImageFont.truetype(font_path, 72)
    )
    font = ImageFont.truetype(font_path, 44)
    for number, line in enumerate(
        ["Déposez votre demande", "d'autorisation", "d'urbanisme en ligne"]
    ):
        draw.text((120, 520 + number * 80), line, fill=(0, 0, 145), font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
