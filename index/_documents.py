"""Reading documents from disk into text whose character offsets citations refer to."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from index._html import html_to_text
from index.errors import DocumentError

SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class Document:
    """One source document: its display name and its full text."""

    name: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


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


def read_document(path: Path, name: str | None = None) -> Document:
    """Read and validate one document; raise DocumentError with a one-line reason.

    HTML is reduced to its readable text (headings, paragraphs): that text is what gets cited.
    """
    if path.suffix.lower() not in SUFFIXES:
        raise DocumentError(f"{path}: unsupported file type {path.suffix!r} (use {', '.join(SUFFIXES)})")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a directory, not a document") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from None
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"{path}: binary file (NUL byte at offset {nul})")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DocumentError(
            f"{path}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}, line {line})"
        ) from None
    # Offsets are served to browsers, which see "\n" line ends; normalise once here.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    if not text.strip():
        raise DocumentError(f"{path}: empty document")
    return Document(name=name or path.name, text=text)


def expand(paths: list[Path]) -> list[tuple[Path, str]]:
    """(file, name) for each path; a folder stands for the documents under it, named by relative path."""
    out: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            # Folders named "_x" or ".x" hold build output or sources (Sphinx's _sources, _static), not documents.
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                           and not any(part[0] in "_." for part in p.relative_to(path).parts[:-1]))
            if not files:
                raise DocumentError(f"{path}: no {', '.join(SUFFIXES)} files in this folder")
            out += [(f, f.relative_to(path).as_posix()) for f in files]
        else:
            out.append((path, path.name))
    return out


def read_documents(paths: list[Path]) -> list[Document]:
    """Read several documents (or folders of them); names must be unique because citations name them."""
    documents = [read_document(p, name) for p, name in expand(paths)]
    names = [d.name for d in documents]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise DocumentError(f"two documents share the name {duplicated[0]!r}; rename one")
    return documents
