"""PDF text: each page's text layer, with repeated headers, footers and page numbers left out, lines
joined into paragraphs (hyphenated line ends mended), and where each page starts in the result."""

from __future__ import annotations

import re
import threading
from collections import Counter

from index.errors import DocumentError

# Lines at the top or bottom of a page looked at for running headers and footers.
EDGE_LINES = 2
# A line at a page's edge that recurs (digits aside) on this share of the pages is a header or footer.
REPEATED_SHARE = 0.5
# A line this much shorter than the page's longest ends its paragraph when it ends a sentence.
SHORT_LINE = 0.85
_PAGE_NUMBER = re.compile(r"(?:page\s*)?(?:\d+|[ivxlcdm]+)(?:\s*(?:of|/)\s*\d+)?|[-–—]\s*\d+\s*[-–—]", re.I)
_SENTENCE_END = re.compile(r"""[.!?:;]["'”’)\]]*(?:\s*\[[^\]]{1,10}\])*$""")
_HYPHENATED = re.compile(r"([A-Za-zÀ-ÿ]+)-$")
_MARKERS_ONLY = re.compile(r"(?:\[[^\]]{1,10}\]\s*)+")
_WORD = re.compile(r"[\w-]+")
_PDFIUM = threading.Lock()


def _edge_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _page_lines(raw_pages: list[str]) -> list[list[str]]:
    """Each page's non-empty lines, white space runs (justified text) collapsed to one space."""
    return [[" ".join(line.split()) for line in page.splitlines() if line.strip()] for page in raw_pages]


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and the headers and footers that repeat at the edges of most pages."""
    # A running line keeps its place (first line, last line...); body text repeated elsewhere rarely does.
    counts: Counter[tuple[int, str]] = Counter()
    for lines in pages:
        edges = {(i, _edge_key(lines[i])) for i in range(-min(EDGE_LINES, len(lines)), min(EDGE_LINES, len(lines)))}
        counts.update(edges)
    threshold = max(2, REPEATED_SHARE * len(pages))

    def running(lines: list[str], i: int) -> bool:
        line = lines[i]
        where = i if i < EDGE_LINES else i - len(lines)
        return bool(_PAGE_NUMBER.fullmatch(line.strip())) or counts[(where, _edge_key(line))] >= threshold

    out = []
    for lines in pages:
        lo, hi = 0, len(lines)
        while lo < min(hi, EDGE_LINES) and running(lines, lo):
            lo += 1
        while hi > max(lo, len(lines) - EDGE_LINES) and running(lines, hi - 1):
            hi -= 1
        out.append(lines[lo:hi])
    return out


def _heading_like(line: str, width: int, ends_sentence: bool) -> bool:
    """A short line that ends no sentence and continues nowhere: a heading or a caption."""
    return len(line) < 0.6 * width and not ends_sentence and line[-1] not in ",-"


def join_lines(pages: list[list[str]]) -> tuple[str, tuple[int, ...]]:
    """The pages' lines as paragraphs (one per line of the result) and the offset where each page starts.

    A line ends its paragraph when it ends a sentence and falls clearly short of the page's width, or
    when it is a short line of its own (a heading). A word hyphenated across a line end is mended unless
    the document spells it with the hyphen elsewhere ("well-known").
    """
    vocabulary: set[str] | None = None  # the document's words, read once a line ends in a hyphen
    parts: list[str] = []
    length = 0
    starts: list[int] = []
    previous, previous_ends = "", False  # the last line, when the paragraph is still open
    for lines in pages:
        width = max((len(line) for line in lines), default=0)
        start: int | None = None
        for line in lines:
            ends = _SENTENCE_END.search(line) is not None
            heading = _heading_like(line, width, ends)
            if previous and previous_ends and heading:
                previous = ""  # a heading after a full last line of a paragraph
            hyphen = _HYPHENATED.search(previous) if previous.endswith("-") else None
            first = line.split(" ", 1)[0].rstrip(".,;:")
            if hyphen and line[:1].islower():  # a word broken at the line end: no space inside it
                if vocabulary is None:
                    vocabulary = {w.lower() for w in _WORD.findall("\n".join(ln for lines in pages for ln in lines))}
                if f"{hyphen.group(1)}-{first}".lower() not in vocabulary:
                    parts[-1] = parts[-1][:-1]
                    length -= 1
                joiner = ""
            else:
                # A line of bare reference markers ("[15]") belongs to the sentence before it.
                joiner = " " if previous or (parts and _MARKERS_ONLY.fullmatch(line)) else "\n\n" if parts else ""
            if start is None:
                start = length + len(joiner)
            parts.append(joiner + line)
            length += len(joiner) + len(line)
            short = len(line) < SHORT_LINE * width
            previous, previous_ends = ("" if short and (ends or heading) else line), ends
        starts.append(length if start is None else start)
    return "".join(parts) + "\n", tuple(starts)


def _page_texts(raw: bytes) -> list[str]:
    """Each page's text layer, read by PDFium (held under a lock: the library is not thread-safe)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(raw)
        try:
            texts = []
            for page in document:
                text_page = page.get_textpage()
                texts.append(text_page.get_text_range())
                text_page.close()
                page.close()
            return texts
        finally:
            document.close()


def pdf_to_text(raw: bytes, label: str) -> tuple[str, tuple[int, ...]]:
    """The text of a PDF and the offset where each page starts; DocumentError with one line otherwise."""
    from pypdfium2 import PdfiumError

    if b"%%EOF" not in raw[-2048:]:
        raise DocumentError(f"{label}: truncated PDF (no end-of-file marker); upload the whole file")
    try:
        raw_pages = _page_texts(raw)
    except (PdfiumError, ValueError, OSError) as exc:
        if "password" in str(exc).lower():
            raise DocumentError(f"{label}: encrypted PDF; save a copy without a password and index that") from None
        raise DocumentError(f"{label}: unreadable PDF ({exc})"[:300]) from None
    if not "".join(raw_pages).strip():
        raise DocumentError(f"{label}: the PDF has no text layer (scanned pages?); run OCR on it first")
    return join_lines(strip_running_lines(_page_lines(raw_pages)))
