"""Word (.docx) text: paragraphs and table rows in body order, headings marked as Markdown headings."""

from __future__ import annotations

import io
import zipfile

from index.errors import DocumentError

# A .docx is a zip: refuse archives whose parts would unpack past these (zip bombs).
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_PARTS = 10_000


def _check_archive(raw: bytes, label: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            parts = archive.infolist()
            names = {p.filename for p in parts}
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise DocumentError(f"{label}: not a Word file (not a readable zip archive)") from None
    unpacked = sum(p.file_size for p in parts)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED_BYTES:
        raise DocumentError(f"{label}: refused, its parts would unpack to {unpacked:,} bytes "
                            f"(limit {MAX_UNPACKED_BYTES:,}): a zip bomb?")
    if "word/document.xml" not in names:
        raise DocumentError(f"{label}: a zip archive, but not a Word document (no word/document.xml)")


def docx_to_text(raw: bytes, label: str) -> str:
    """The text of a Word document, one paragraph (or table row) per line."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_archive(raw, label)
    try:
        document = docx.Document(io.BytesIO(raw))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = list(dict.fromkeys(" ".join(c.text.split()) for c in row.cells))  # merged cells repeat
                    lines.append("\t".join(c for c in cells if c))
                continue
            assert isinstance(block, Paragraph)
            line = " ".join(block.text.split())
            style = (block.style.name if block.style is not None else "") or ""
            level = 1 if style == "Title" else int(style[8:]) if style[:8] == "Heading " and style[8:].isdigit() else 0
            lines.append(f"{'#' * min(level, 6)} {line}" if level and line else line)
    except (KeyError, ValueError, zipfile.BadZipFile, OSError, AttributeError) as exc:
        raise DocumentError(f"{label}: unreadable Word document ({type(exc).__name__}: {exc})"[:300]) from None
    except Exception as exc:  # lxml's XMLSyntaxError and friends
        if type(exc).__module__.startswith("lxml"):
            raise DocumentError(f"{label}: unreadable Word document (malformed XML)") from None
        raise
    return "\n".join(line for line in lines if line) + "\n"
