"""HTML to indexable text: headings kept as Markdown headings (context for the passages below them),
paragraphs one per line, a table's row per line (its cells apart by tabs, as Word's), code as Markdown writes it (a
short block's lines fenced, a span in backticks), navigation, scripts and long code listings left out."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose whole content is noise for questions about the prose.
_SKIP_TAGS = frozenset({"head", "script", "style", "nav", "header", "footer", "noscript", "template", "svg", "form",
                        "button", "select", "textarea"})
# Sphinx, MediaWiki (a saved Wikipedia page) and common site chrome, recognised by class or id: menus, "[edit]"
# links, the contents box, navigation boxes, the reference list, maintenance notices, footers. An infobox stays: its
# rows are facts.
_SKIP_CLASSES = frozenset({"sphinxsidebar", "related", "footer", "headerlink", "navigation",
                           "breadcrumbs", "toctree-wrapper", "sidebar", "menu", "mobile-nav", "copybutton",
                           "mw-editsection", "mw-jump-link", "toc", "navbox", "vertical-navbox", "reflist", "references",
                           "catlinks", "printfooter", "noprint", "hatnote", "ambox", "metadata", "mw-indicators"})
_SKIP_IDS = frozenset({"mw-navigation", "mw-head", "mw-panel", "toc", "footer", "siteSub", "contentSub", "catlinks",
                       "jump-to-nav"})
_BLOCK_TAGS = frozenset({"p", "div", "li", "dd", "dt", "blockquote", "section", "article", "main", "table",
                         "tr", "br", "ul", "ol", "dl", "figure", "figcaption", "caption"})
_CELLS = frozenset({"td", "th"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# The heading level a table's title row is read at: below every section heading of the page.
TITLE_ROW = 6
FENCE = "```"
# The most lines of a code block kept: a command or two to run ("pip install x"); a longer listing is an example to
# read whole, and the Python documentation's would add a third to its sentences.
CODE_LINES = 3
# What a line needs to be kept: a line that is only punctuation or a lone symbol (¶, »...) carries nothing to cite.
_WORDS = re.compile(r"\w\w")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"})


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._buffer: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self._heading: int | None = None
        self._row: list[str] = []  # the tags of the cells of the table row being read
        self._code = False  # inside a code block (`pre`)

    def _skipping(self) -> bool:
        return any(skip for _, skip in self._stack)

    def _flush(self, heading: int | None = None) -> None:
        if self._code:
            # A short code block's lines stay apart ("pip install x" is the answer to "How do I install it?"), fenced
            # as in Markdown, so that none runs on into the next.
            lines = [line.rstrip() for line in "".join(self._buffer).split("\n") if _WORDS.search(line)]
            self._buffer = []
            self.lines += [FENCE, *lines, FENCE] if 0 < len(lines) <= CODE_LINES else []
            return
        # One row is one line: "Gray whale\tJanuary to March" is one fact, its cells as lines were two.
        cells = (" ".join(cell.split()) for cell in "".join(self._buffer).split("\t"))
        text = "\t".join(cell for cell in cells if cell)
        self._buffer = []
        level = heading or self._heading
        if text:
            self.lines.append(f"{'#' * level} {text}" if level else text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        classes = set((named.get("class") or "").split())
        skip = (tag in _SKIP_TAGS or bool(classes & _SKIP_CLASSES) or named.get("id") in _SKIP_IDS
                or named.get("role") == "navigation")
        if tag in _BLOCK_TAGS or tag in _HEADINGS:
            self._flush()
        if tag == "tr":
            self._row = []
        if tag in _CELLS:
            self._buffer.append("\t")
            self._row.append(tag)
        if tag in _HEADINGS and not self._skipping():
            self._heading = _HEADINGS[tag]
        if tag == "pre" and not self._skipping():
            self._flush()
            self._code = True
        elif tag == "code" and not self._code and not self._skipping():
            self._buffer.append("`")
        if tag not in _VOID:
            self._stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self._code:
            self._flush()
            self._code = False
        elif tag == "code" and not self._code and not self._skipping():
            self._buffer.append("`")
        if tag == "tr" and self._row == ["th"]:
            self._flush(TITLE_ROW)  # a row of one header cell titles the rows below it (an infobox's name)
        if tag in _BLOCK_TAGS or tag in _HEADINGS:
            self._flush()
        if tag in _HEADINGS:
            self._heading = None
        for i in range(len(self._stack) - 1, -1, -1):  # tolerate unclosed tags
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self._buffer.append(data if self._code else data.replace("\t", " "))

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> str:
    """The readable text of an HTML page: one paragraph per line, headings as `#` lines."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    return "\n".join(line for line in parser.lines if _WORDS.search(line) or line == FENCE) + "\n"
