"""Reading library files: their text, their page count and a first-page image.

Pure functions over a local file path; the service stores what they return.
Every reader raises on a file it cannot read and the caller turns that into a
placeholder, so a damaged or encrypted file never breaks a page.

They run in a child process with memory and time limits (`documents.reader`,
started by `documents.sandbox`), never in the web process: a member's file
may be built to exhaust the machine. The caps below refuse such files before
inflating or decoding anything; the child's limits catch what they miss.
Free of Django imports so the child starts fast.
"""

import io
import re
import threading
import zipfile
from dataclasses import dataclass

from PIL import Image, ImageOps

MAX_TEXT_CHARS = 300_000
MAX_TEXT_PAGES = 500
MAX_SPREADSHEET_ROWS = 5_000
MAX_ARCHIVE_NAMES = 500
# Zip bombs: an office package is refused before anything is inflated when one
# member (e.g. an ODT's content.xml) or all of them together would inflate
# beyond these sizes, or when it holds too many members. zipfile never inflates
# a member beyond the size its directory announces.
MAX_MEMBER_SIZE = 48 * 1024 * 1024
MAX_UNCOMPRESSED_SIZE = 160 * 1024 * 1024
MAX_ARCHIVE_MEMBERS = 10_000
# Images are refused before decoding beyond this many pixels (a 13000 × 13000
# PNG of a few hundred kilobytes would take gigabytes once decoded).
MAX_IMAGE_PIXELS = 40_000_000
PREVIEW_WIDTH = 1200
THUMBNAIL_WIDTH = 480
MAX_PREVIEW_HEIGHT = 2000
JPEG_QUALITY = 85

# PDFium is not thread-safe; the embedded setup runs tasks in server threads.
_pdfium_lock = threading.Lock()


class UnreadableFile(Exception):
    """The file is damaged, encrypted or not what its extension says."""


class LimitExceeded(UnreadableFile):
    """Reading the file would take more memory or time than allowed."""


@dataclass
class FileContents:
    text: str = ""
    page_count: int | None = None
    image: Image.Image | None = None


def read_file(path: str, extension: str) -> FileContents:
    """What the file at `path` contains; raises UnreadableFile (or a reader's error)."""
    reader = READERS.get(extension.lower())
    if reader is None:
        return FileContents()
    contents = reader(path)
    contents.text = clean_text(contents.text)
    return contents


def clean_text(text: str) -> str:
    # NUL characters cannot be stored in PostgreSQL text columns.
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\f\v]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()[:MAX_TEXT_CHARS]


def render_previews(image: Image.Image) -> tuple[bytes, bytes]:
    """JPEG bytes of the large preview and of the card thumbnail."""
    image = _flatten(image)
    return (
        _jpeg(_fit(image, PREVIEW_WIDTH, MAX_PREVIEW_HEIGHT)),
        _jpeg(_fit(image, THUMBNAIL_WIDTH, MAX_PREVIEW_HEIGHT)),
    )


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")


def _fit(image: Image.Image, width: int, height: int) -> Image.Image:
    copy = image.copy()
    copy.thumbnail((width, height), Image.Resampling.LANCZOS)
    return copy


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def _read_pdf(path: str) -> FileContents:
    import pypdfium2 as pdfium

    with _pdfium_lock:
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError as err:
            raise UnreadableFile(str(err)) from err
        try:
            page_count, texts, image = len(pdf), [], None
            for index in range(min(page_count, MAX_TEXT_PAGES)):
                page = pdf[index]
                textpage = page.get_textpage()
                texts.append(textpage.get_text_range())
                textpage.close()
                if index == 0:
                    width = page.get_width() or PREVIEW_WIDTH
                    height = page.get_height() or MAX_PREVIEW_HEIGHT
                    # A page of absurd proportions must not render into a
                    # bitmap of gigabytes either.
                    scale = min(
                        PREVIEW_WIDTH / width, MAX_PREVIEW_HEIGHT * 2 / height, 4.0
                    )
                    image = page.render(scale=scale).to_pil()
                page.close()
                if sum(len(text) for text in texts) > MAX_TEXT_CHARS:
                    break
        finally:
            pdf.close()
    if page_count == 0:
        raise UnreadableFile("PDF without pages")
    return FileContents(text="\n\n".join(texts), page_count=page_count, image=image)


def _read_image(path: str) -> FileContents:
    with Image.open(path) as opened:
        width, height = opened.size
        if width * height > MAX_IMAGE_PIXELS:
            raise LimitExceeded(f"image of {width} × {height} pixels")
        # JPEG decoders can shrink while decoding: no need for every pixel.
        opened.draft("RGB", (PREVIEW_WIDTH * 2, MAX_PREVIEW_HEIGHT * 2))
        opened.load()
        image = ImageOps.exif_transpose(opened)
    return FileContents(image=image)


def _check_archive(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise LimitExceeded(f"archive of {len(members)} members")
    for info in members:
        if info.file_size > MAX_MEMBER_SIZE:
            raise LimitExceeded(f"{info.filename} inflates to {info.file_size} bytes")
    if sum(info.file_size for info in members) > MAX_UNCOMPRESSED_SIZE:
        raise LimitExceeded("archive too large once uncompressed")


def _read_docx(path: str) -> FileContents:
    import docx

    with zipfile.ZipFile(path) as archive:
        _check_archive(archive)
    document = docx.Document(path)
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return FileContents(text="\n".join(lines))


def _read_xlsx(path: str) -> FileContents:
    import openpyxl

    with zipfile.ZipFile(path) as archive:
        _check_archive(archive)
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    lines, rows = [], 0
    try:
        for sheet in workbook.worksheets:
            lines.append(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                cells = ["" if value is None else str(value) for value in row]
                if any(cells):
                    lines.append("\t".join(cells).rstrip("\t"))
                rows += 1
                if rows >= MAX_SPREADSHEET_ROWS:
                    break
            lines.append("")
    finally:
        workbook.close()
    return FileContents(text="\n".join(lines))


def _xml_root(archive: zipfile.ZipFile, name: str):
    from lxml import etree

    # No entities, no network, no huge trees: the XML comes from a member's file.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=False
    )
    with archive.open(name) as part:
        return etree.parse(part, parser).getroot()  # noqa: S320 - hardened parser


DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _read_pptx(path: str) -> FileContents:
    with zipfile.ZipFile(path) as archive:
        _check_archive(archive)
        slides = sorted(
            (
                name
                for name in archive.namelist()
                if re.fullmatch(r"ppt/slides/slide\d+\.xml", name)
            ),
            key=lambda name: int(re.search(r"(\d+)\.xml$", name).group(1)),
        )
        texts = []
        for name in slides:
            root = _xml_root(archive, name)
            for paragraph in root.iter(f"{{{DRAWINGML}}}p"):
                line = "".join(
                    node.text or "" for node in paragraph.iter(f"{{{DRAWINGML}}}t")
                )
                if line.strip():
                    texts.append(line)
            texts.append("")
    return FileContents(text="\n".join(texts), page_count=len(slides) or None)


ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ODF_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"


def _read_odf(path: str) -> FileContents:
    with zipfile.ZipFile(path) as archive:
        _check_archive(archive)
        root = _xml_root(archive, "content.xml")
    paragraph_tags = {f"{{{ODF_TEXT}}}p", f"{{{ODF_TEXT}}}h"}
    lines = [
        "".join(element.itertext())
        for element in root.iter()
        if element.tag in paragraph_tags
    ]
    pages = sum(1 for _ in root.iter(f"{{{ODF_DRAW}}}page"))
    return FileContents(text="\n".join(lines), page_count=pages or None)


def _read_text(path: str) -> FileContents:
    with open(path, "rb") as handle:
        raw = handle.read(MAX_TEXT_CHARS * 4)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return FileContents(text=text)


def _read_zip(path: str) -> FileContents:
    with zipfile.ZipFile(path) as archive:
        if len(archive.infolist()) > MAX_ARCHIVE_MEMBERS:
            raise LimitExceeded("archive with too many members")
        names = [name for name in archive.namelist() if not name.endswith("/")]
    return FileContents(text="\n".join(names[:MAX_ARCHIVE_NAMES]))


READERS = {
    "pdf": _read_pdf,
    "png": _read_image,
    "jpg": _read_image,
    "jpeg": _read_image,
    "docx": _read_docx,
    "xlsx": _read_xlsx,
    "pptx": _read_pptx,
    "odt": _read_odf,
    "ods": _read_odf,
    "odp": _read_odf,
    "txt": _read_text,
    "csv": _read_text,
    "zip": _read_zip,
}
