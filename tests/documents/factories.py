"""Real small files, generated in memory, for the library's tests."""

import io
import zipfile

from django.core.files.base import ContentFile


def pdf_bytes(pages=("First page", "Second page", "Third page"), password=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=password)
    for text in pages:
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(paragraphs=("Bonjour", "Instruction dématérialisée")):
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(rows=(("Commune", "Bascule"), ("Lyon", "Mars"))):
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def pptx_bytes(slides=("Diapositive un", "Diapositive deux")):
    """A minimal presentation package: what the reader and validator look at."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<presentation/>")
        for number, text in enumerate(slides, start=1):
            archive.writestr(
                f"ppt/slides/slide{number}.xml",
                '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/'
                '2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/'
                f'2006/main"><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:sld>',
            )
    return buffer.getvalue()


def odt_bytes(paragraphs=("Compte rendu", "Atelier de recette")):
    buffer = io.BytesIO()
    body = "".join(f"<text:p>{text}</text:p>" for text in paragraphs)
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:'
            'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:'
            'opendocument:xmlns:text:1.0"><office:body><office:text>'
            f"{body}</office:text></office:body></office:document-content>",
        )
    return buffer.getvalue()


def png_bytes(size=(800, 600), color=(0, 0, 145)):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def upload(content: bytes, name: str) -> ContentFile:
    return ContentFile(content, name=name)
