"""Hostile files built in memory: zip bombs in office packages, pixel bombs.

Small once compressed, huge once inflated or decoded; nothing is committed.
"""

import io
import struct
import zipfile
import zlib

MB = 1024 * 1024

ODF_OPEN = (
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
    'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
    "<office:body><office:text>"
)
ODF_CLOSE = "</office:text></office:body></office:document-content>"
WORD_OPEN = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
    '2006/main"><w:body>'
)
WORD_CLOSE = "</w:body></w:document>"
SHEET_OPEN = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData>"
)
SHEET_CLOSE = "</sheetData></worksheet>"


def _write_repeated(archive, name, opening, unit, closing, size):
    """A member of about `size` bytes: `unit` repeated, streamed while deflated."""
    chunk = (unit * (MB // len(unit))).encode()
    with archive.open(name, "w", force_zip64=True) as member:
        member.write(opening.encode())
        for _ in range(size // len(chunk)):
            member.write(chunk)
        member.write(closing.encode())


def odt_bomb(size=120 * MB) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        _write_repeated(
            archive, "content.xml", ODF_OPEN, "<text:p>osmose</text:p>", ODF_CLOSE, size
        )
    return buffer.getvalue()


def docx_bomb(size=120 * MB) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        _write_repeated(
            archive,
            "word/document.xml",
            WORD_OPEN,
            "<w:p><w:r><w:t>osmose</w:t></w:r></w:p>",
            WORD_CLOSE,
            size,
        )
    return buffer.getvalue()


def xlsx_bomb(size=120 * MB) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        _write_repeated(
            archive,
            "xl/worksheets/sheet1.xml",
            SHEET_OPEN,
            '<row><c t="inlineStr"><is><t>osmose</t></is></c></row>',
            SHEET_CLOSE,
            size,
        )
    return buffer.getvalue()


def odt_of_many_members(members=5, size=40 * MB) -> bytes:
    """Each member under the per-member cap, all of them together over the total."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", ODF_OPEN + "<text:p>Court</text:p>" + ODF_CLOSE)
        for number in range(members):
            _write_repeated(
                archive, f"Pictures/{number}.xml", "<a>", "<b/>", "</a>", size
            )
    return buffer.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_bomb(width=13000, height=13000, channels=1) -> bytes:
    """A valid PNG of one colour: a few hundred kilobytes, width × height pixels."""
    colour_type = {1: 0, 3: 2, 4: 6}[channels]
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + width * channels)
    data = b"".join(compressor.compress(row) for _ in range(height))
    data += compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )
