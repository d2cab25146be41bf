"""Reading documents into text whose character offsets citations refer to; the type is judged from the bytes."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from index._docx import docx_to_text
from index._html import html_to_text
from index._pdf import pdf_to_text
from index.errors import DocumentError, UnsupportedType

# File name endings and the kind of content each must hold.
KINDS = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
SUFFIXES = tuple(KINDS)
_NAMES = {"text": "text", "html": "text", "pdf": "a PDF", "docx": "a zip archive (Word)", "zip": "a zip archive", "binary": "binary data"}


@dataclass(frozen=True)
class Document:
    """One source document: its display name, its full text and, for paged formats, where each page starts."""

    name: str
    text: str
    pages: tuple[int, ...] | None = None
    size: int | None = None  # bytes of the source file
    indexed: str | None = None  # when this content was first indexed (UTC, ISO 8601); set by a build

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding `offset`; None for formats without pages."""
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, offset))

_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)[ \t#]*")
_FRONT_MATTER_TITLE = re.compile(r"title:[ \t]*(['\"]?)(.+?)\1[ \t]*")
# A title is looked for near the start only: a heading deep in the text names a section, not the document.
TITLE_LINES = 40


def document_title(name: str, text: str) -> str | None:
    """A Markdown or HTML document's own title: its front matter's `title:` or its first heading (HTML
    headings became Markdown ones when read); None for plain text, whose "#" lines are not headings."""
    if not name.lower().endswith((".md", ".html", ".htm")):
        return None
    lines = [line.strip() for line in text.split("\n", TITLE_LINES)[:TITLE_LINES]]
    if lines[0] == "---":
        for line in lines[1:]:
            if line == "---":
                break
            if match := _FRONT_MATTER_TITLE.fullmatch(line):
                return match.group(2)
    for line, underline in zip(lines, lines[1:] + [""]):
        if match := _HEADING.fullmatch(line):
            return match.group(1) or None
        if line and underline and set(underline) <= {"="}:  # a Setext heading: "Title" over "====="
            return line
    return None


def sniff(raw: bytes) -> str:
    """What the bytes are: "pdf", "zip", "binary" (a NUL byte early on) or "text" (decoding decides)."""
    if b"%PDF" in raw[:1024]:
        return "pdf"
    if raw[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    return "binary" if b"\x00" in raw[:1024] else "text"


def _decode(raw: bytes, label: str) -> str:
    nul = raw.find(b"\x00")
    if nul >= 0:  # past the first kilobyte, which `sniff` looked at
        raise UnsupportedType(f"{label}: binary file (NUL byte at offset {nul})")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DocumentError(
            f"{label}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}, line {line})"
        ) from None
    # Offsets are served to browsers, which see "\n" line ends; normalise once here.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_document(raw: bytes, name: str, label: str | None = None) -> Document:
    """A document from its bytes; the name's ending must agree with what the bytes are.

    UnsupportedType when the type is unknown or the bytes disagree with the name, DocumentError
    (one line) when the content cannot be read.
    """
    label = label or name
    suffix = Path(name).suffix.lower()
    kind = KINDS.get(suffix)
    if kind is None:
        raise UnsupportedType(f"{label}: unsupported file type {suffix or '(none)'!r} (use {', '.join(SUFFIXES)})")
    if not raw.strip():
        raise DocumentError(f"{label}: empty document")
    found = sniff(raw)
    if found == "binary":
        _decode(raw, label)  # names the NUL byte
    if found != {"html": "text", "docx": "zip"}.get(kind, kind):
        raise UnsupportedType(f"{label}: named {suffix} but the bytes are {_NAMES[found]}")
    pages = None
    if kind == "pdf":
        text, pages = pdf_to_text(raw, label)
    elif kind == "docx":
        text = docx_to_text(raw, label)
    else:
        text = _decode(raw, label)
        if kind == "html":
            text = html_to_text(text)
    if not text.strip():
        raise DocumentError(f"{label}: empty document")
    return Document(name=name, text=text, pages=pages, size=len(raw))


def read_document(path: Path, name: str | None = None, max_bytes: int | None = None) -> Document:
    """Read and validate one document; raise DocumentError with a one-line reason.

    HTML is reduced to its readable text (headings, paragraphs), a PDF or Word file to its text
    layer: that text is what gets cited.
    """
    if path.suffix.lower() not in SUFFIXES:
        raise UnsupportedType(f"{path}: unsupported file type {path.suffix!r} (use {', '.join(SUFFIXES)})")
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise DocumentError(f"{path}: too large ({path.stat().st_size:,} bytes; the limit is {max_bytes:,})")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a directory, not a document") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    return parse_document(raw, name or path.name, str(path))


def document_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """(file, name) for each path; a folder stands for the documents under it, named by relative path."""
    out: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            # Folders named "_x" or ".x" hold build output or sources (Sphinx's _sources, _static), not
            # documents; files named ".x" are hidden or half-written.
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                           and not any(part[0] in "_." for part in p.relative_to(path).parts[:-1])
                           and not p.name.startswith("."))
            if not files:
                raise DocumentError(f"{path}: no {', '.join(SUFFIXES)} files in this folder")
            out += [(f, f.relative_to(path).as_posix()) for f in files]
        else:
            out.append((path, path.name))
    return out


def read_documents(paths: list[Path], max_bytes: int | None = None) -> list[Document]:
    """Read several documents (or folders of them); names must be unique because citations name them."""
    documents = [read_document(p, name, max_bytes) for p, name in document_files(paths)]
    names = [d.name for d in documents]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise DocumentError(f"two documents share the name {duplicated[0]!r}; rename one")
    return documents
