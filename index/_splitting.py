"""Splitting a document into sentences and passages that carry their character offsets."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pysbd

from index._documents import Document

# Wikipedia-style reference markers: "[12]", "[3, 4]", "[a]", "[note 2]".
REFERENCE_MARKER = re.compile(r"\[(?:\d+(?:\s*[,–-]\s*\d+)*|[a-z]|note \d+)\]")
_MARKER_WITH_SPACE = re.compile(r"\s*" + REFERENCE_MARKER.pattern)
# What opens a sentence the splitter cut yet belongs to the one before: reference markers, and the markup closing
# an emphasis ("**How long does delivery take?** Standard ..." is cut after "?").
_LEADING_MARKERS = re.compile(r"(?:\s*(?:" + REFERENCE_MARKER.pattern + r"|(?:\*{1,3}|_{1,3})(?=\s|$)))+")
_HEADING = re.compile(r"^#{1,6}\s+\S")
# The line under a Setext heading ("Dosing" over "======" or "------").
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
# A Setext heading is a title: a longer line over an underline is a paragraph before a rule.
SETEXT_TITLE = 120
# Between the headings a passage stands under, outermost first ("[2.4.0] - 2024-03-18 › Added").
HEADING_PATH = " › "
# The most words of a title on a line of its own in plain text ("3. Equipment", "Early life and education").
PLAIN_TITLE_WORDS = 12
# The most lines of a title block a text opens with (a title, a subtitle, an author, a date).
OPENING_TITLES = 4
# How such a title opens: a capital, perhaps after a section number ("3.", "3.1", "A.", "IV.").
_TITLE_OPENING = re.compile(r"(?:(?:\d{1,3}(?:\.\d{1,3})*|[A-Z]|[IVXLC]{1,6})\.?\s+)?[A-Z]")
_BULLET = re.compile(r"[-*+•]\s")
_LINE = re.compile(r"[^\n]+")
# What a line of Markdown or plain text can open with other than prose: a heading, a list item, a quote, a table
# row, a code fence.
_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|\||```|~~~)")
_FENCE = re.compile(r"^\s*(?:```|~~~)")
# A code fence alone on its line, perhaps naming the code's language ("```python"): it says nothing to quote.
_FENCE_LINE = re.compile(r"(?:`{3,}|~{3,})[\w+.#-]*")
# A line that ends a sentence (or announces what follows), before any reference markers.
_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’)\]*_`]*(?:\s*\[[^\]\n]{1,12}\])*\s*$")
# Lengths of a line that an editor wrapped inside a paragraph: shorter ones are titles, longer ones whole paragraphs
# (no line of the bundled document or of the SQuAD files ends mid-sentence between them).
WRAPPED_LINE = (30, 200)
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
# Markdown inline markup, read as the words it marks: "[Acme](https://acme.example)" as "Acme", "**green**" and
# "_thermal_" as the word. A code span keeps its backticks, and what is inside it, as a literal command or path.
# An underscore pair followed by ".py" is a file name ("__init__.py"), not emphasis.
_INLINE_MARKUP = re.compile(
    r"(?P<code>`[^`\n]*`)"
    r"|!?\[(?P<link>[^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
    r"|(?<![\w\\*])(?P<mark>\*{1,3}|_{1,3})(?=[^\s*_])(?P<marked>.+?)(?<=[^\s\\*_])(?P=mark)(?![\w*]|\.\w)")
# A table row's cell borders: the outer ones, and those between cells (read as a tab, as HTML's and Word's rows are).
_OUTER_BORDER = re.compile(r"^\|\s*|\s*(?<!\\)\|$")
_INNER_BORDER = re.compile(r"\s*(?<!\\)\|\s*")
# Between two cells of a table row as HTML and Word rows are read: a tab between text (not an indent).
_CELL_BREAK = re.compile(r"\S\t+\S")
_WORD = re.compile(r"\w")
_STARTS_LOWER = re.compile(r"\s*[a-z]")
_QUESTION_END = re.compile(r"\?\W*$")
_SPACE = re.compile(r"\s*")
_WORD_GOES_ON = re.compile(r"[\w/\\~]")
_GLUED_ELLIPSIS = re.compile(r"\w(?:\.\.\.|…)$")
# Characters the sentence splitter reads at once: its cost grows with the square of what it reads.
SEGMENT_WINDOW = 4000
# Paragraphs whose sentence spans are remembered.
SPLIT_CACHE = 50_000
# Sentence openings that lean on the sentence before ("Thus, ...", "These ..."). The English word lists live in
# qa/_lexicon.py; these three live here, below qa, because passages are cut by them too: such a sentence stays
# with the one before, and an answer quotes the two together.
LEANS_BACK = ("thus", "therefore", "hence", "consequently", "as such", "as a result", "in turn", "this", "these",
              "those", "such", "it", "its", "they", "their", "he", "she")
# Words that may come before such an opening, set off by a comma ("Indeed, this is ...", "However, it ..."), and any
# adverb in -ly ("Similarly, it ...").
LEAD_INS = ("however", "indeed", "moreover", "furthermore", "meanwhile", "likewise", "instead", "still", "yet",
            "also", "again", "there", "then", "here", "now", "later", "afterwards", "nonetheless", "nevertheless")
# Openings that spell out what the sentence before announced ("Key among these are ...").
COMPLETES = ("key among these", "among these", "of these", "these include", "this includes", "namely",
             "they include")
# Endings by which a sentence announces the next one ("... is the following.", "Tsongkhapa wrote:"), or asks what it
# answers (an FAQ's "Can I delete my account?"): quoted alone it says nothing.
ANNOUNCES = ("the following", "as follows", ":", "?")
# A reply of one word, which the sentence after it explains (an FAQ's "A: Yes. Write to privacy@shop.example ...").
_BARE_REPLY = re.compile(r"^(?:A:\s*)?(?:yes|no)\W*$", re.I)
# Endings by which a sentence qualifies the one before it ("There is no notable difference in efficacy, however."):
# quoted without it, that one says more than the text does.
QUALIFIES = ("however", "though", "nonetheless", "nevertheless")


@dataclass(frozen=True)
class Passage:
    """A run of whole sentences of one paragraph (or a few short ones), with offsets into its document."""

    id: str
    document: str
    start: int
    end: int
    sentences: tuple[tuple[int, int], ...]
    heading: str = ""


def passage_digest(document: str, text: str) -> str:
    """Content digest a passage id is made of: ids survive edits elsewhere, and a reload can verify offsets."""
    return hashlib.sha1(f"{document}\0{text}".encode()).hexdigest()[:12]


def _unmarked(match: re.Match[str]) -> str:
    if match["mark"] is not None:
        return match["marked"]
    return match["code"] if match["code"] is not None else match["link"]


def strip_markers(text: str) -> str:
    """Text as search and answers see it: reference markers (and the space before them) and Markdown inline markup
    left out, a table row's cells apart by tabs, and a line break inside a wrapped paragraph read as a space."""
    plain = _MARKER_WITH_SPACE.sub("", text).strip()
    if "*" in plain or "_" in plain or "](" in plain:
        plain = _INLINE_MARKUP.sub(_unmarked, plain)
    if _table_line(plain):
        plain = _INNER_BORDER.sub("\t", _OUTER_BORDER.sub("", plain))
    return _LINE_BREAK.sub(" ", plain)


def _table_line(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") or s.endswith("|")


def is_residue(line: str) -> bool:
    """True for layout left-overs that are not prose: rules, code fences, bare images, and table rows of one cell (a
    row of two or more is a line of text, as HTML's and Word's rows are: "| E4 | The cutter is jammed |")."""
    s = line.strip()
    if re.fullmatch(r"[-=_*|:\s]+", s) or _FENCE_LINE.fullmatch(s):
        return True
    if _table_line(s):
        return sum(_WORD.search(cell) is not None for cell in _INNER_BORDER.split(s.strip("|"))) < 2
    return not re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s).strip()


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def _segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text as pysbd sees them (unstripped), in order.

    pysbd's own `segment` finds each sentence again with a regex made for it, searched from the start of
    the text: a third of its time. Its processor's sentences are found here by a forward `find` instead
    (the same spans on every paragraph of the bundled document and of the SQuAD files).
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().processor(text).process():
        start = text.find(piece, cursor)
        if start < 0:  # pysbd altered the text; fall back to the rest of the paragraph
            start = cursor
        cursor = _SPACE.match(text, start + len(piece)).end()  # pysbd's spans hold the space after a sentence
        spans.append((start, cursor))
    if cursor < len(text) and text[cursor:].strip():
        spans.append((cursor, len(text)))
    return spans


def bounded_segments(text: str, window: int = SEGMENT_WINDOW) -> list[tuple[int, int]]:
    """pysbd's sentence spans of `text`, in time linear in its length (pysbd alone is quadratic).

    The splitter reads a window at a time; the window's last sentence, which may be cut off, is read
    again at the start of the next window. Only a sentence longer than the window is cut, at a space.
    """
    spans: list[tuple[int, int]] = []
    base = 0
    while len(text) - base > window:
        piece = _segment(text[base : base + window])
        if len(piece) > 1:
            spans += [(base + s, base + e) for s, e in piece[:-1]]
            base += piece[-1][0]
            continue
        cut = text.rfind(" ", base + window // 2, base + window)
        cut = cut + 1 if cut > 0 else base + window
        spans.append((base, cut))
        base = cut
    return spans + [(base + s, base + e) for s, e in _segment(text[base:])]


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; a reference marker stays with the sentence it follows."""
    return [(offset + s, offset + e) for s, e in _paragraph_spans(text)]


@lru_cache(maxsize=8)
def _opening(phrases: tuple[str, ...], lead_in: bool = False) -> re.Pattern[str]:
    lead = rf"(?:(?:{'|'.join(LEAD_INS)}|\w+ly),\s+)?" if lead_in else ""
    return re.compile(rf"^{lead}(?:{'|'.join(re.escape(p) for p in phrases)})\b" if phrases else r"(?!)", re.I)


def leans_back(sentence: str) -> bool:
    """True when a sentence cannot be read alone: it opens by referring to the sentence before, or qualifies it."""
    return bool(_opening(LEANS_BACK + COMPLETES, lead_in=True).match(sentence)) or qualifies(sentence)


def completes(sentence: str) -> bool:
    """True when a sentence spells out what the sentence before it announced (a list, an example)."""
    return bool(_opening(COMPLETES).match(sentence))


@lru_cache(maxsize=8)
def _ending(phrases: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(rf"\b{re.escape(p)}" if p[0].isalnum() else re.escape(p) for p in phrases)
    return re.compile(rf"(?:{words})\W*$", re.I) if phrases else re.compile(r"(?!)")


def announces(sentence: str) -> bool:
    """True when a sentence announces the one after it, which then completes it ("... is the following.", "...
    wrote:", a question), or is a bare reply that the next explains ("Yes.")."""
    plain = strip_markers(sentence)
    return bool(_ending(ANNOUNCES).search(plain)) or _BARE_REPLY.match(plain) is not None


def qualifies(sentence: str) -> bool:
    """True when a sentence ends by qualifying the one before it ("..., however.")."""
    return bool(_ending(QUALIFIES).search(strip_markers(sentence)))


# The splitter costs tens of microseconds a character: a server's rebuilds read the unchanged paragraphs
# (every other document of the folder, most of an edited one) from here.
def _false_break(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a sentence break before `start` falls inside a path, a file name or a code span ("run `sudo
    ./install.sh`", "the .zip files"): no space before it and a word after, or a code span it leaves open; or after
    an ellipsis that ends a word ("her album I Am... Sasha Fierce": all 9 such breaks of the shared files)."""
    if not spans:
        return False
    before = text[spans[-1][0] : spans[-1][1]]
    return (spans[-1][1] == start and _WORD_GOES_ON.match(text, start) is not None) or (
        before.count("`") % 2 == 1 and "`" in text[start:end]) or _GLUED_ELLIPSIS.search(before) is not None


@lru_cache(maxsize=SPLIT_CACHE)
def _paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for start, cursor in bounded_segments(text):
        lead = _LEADING_MARKERS.match(text, start, cursor) if spans else None
        if lead:
            spans[-1] = (spans[-1][0], lead.end())
            start = lead.end()
        body = text[start:cursor]
        start += len(body) - len(body.lstrip())
        end = start + len(body.strip())
        if end > start and _false_break(text, spans, start, end):
            spans[-1] = (spans[-1][0], end)
        elif end > start:
            spans.append((start, end))
    return tuple(spans)


def _goes_on(line: str, following: str) -> bool:
    """Whether the next line goes on with `line`'s paragraph, in a text whose paragraphs an editor wrapped."""
    return (len(line) >= WRAPPED_LINE[0] and not line.endswith(("  ", "\\")) and not _HEADING.match(line)
            and _BLOCK_START.match(following) is None and not _layout(line) and not _layout(following))


def table_headers(text: str, spans: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each sentence span of a document's text, in order: the index of the first row of the table it is a later
    row of (the row naming the columns), or None. Rows of one table follow each other with nothing between them but
    layout (a Markdown table's rule)."""
    rows = [_CELL_BREAK.search(strip_markers(text[start:end])) is not None for start, end in spans]
    headers: list[int | None] = []
    for n, (start, _) in enumerate(spans):
        header = None
        if n and rows[n] and rows[n - 1] and all(
                not line.strip() or is_residue(line) for line in text[spans[n - 1][1]:start].split("\n")):
            header = n - 1 if headers[n - 1] is None else headers[n - 1]
        headers.append(header)
    return headers


def _layout(line: str) -> bool:
    """Lines no editor wrapped: layout left-overs and table rows, with pipes or (from HTML and Word) tabs between cells."""
    return is_residue(line) or _table_line(line) or _CELL_BREAK.search(line) is not None


def _runs_on(line: str, following: str) -> bool:
    """Whether a line that stops mid-sentence goes on in the next, which opens in lower case ("... from empty," over
    "and a charged battery ..."): so in any text, wrapped or not."""
    return _ENDS_SENTENCE.search(line) is None and _STARTS_LOWER.match(following) is not None


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Each paragraph of a text with its offset: a line, or, where an editor wrapped the paragraphs at a fixed width,
    the lines up to a blank one or a new block, their line breaks read as spaces (the same length, so offsets hold).
    Elsewhere only a line that runs on into the next joins it (`_runs_on`). Lines of a code block stay apart."""
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    # joins[i]: line i would go on in line i + 1 (the next line, no blank one between), were the text wrapped.
    joins = [b.start() == a.end() + 1 and _goes_on(a.group(), b.group()) for a, b in zip(lines, lines[1:])]
    going_on = [a.group() for a, join in zip(lines, joins) if join]
    # Wrapped: most lines that another follows end mid-sentence (this README: 89%), and few are longer than a wrapped
    # line; a paragraph a line, as in the bundled document, is longer, and ends its sentence, titles aside.
    open_ends = sum(len(line) <= WRAPPED_LINE[1] and _ENDS_SENTENCE.search(line) is None for line in going_on)
    long_lines = sum(len(line) > WRAPPED_LINE[1] for line in going_on)
    wrapped = open_ends >= 3 and open_ends >= 0.5 * len(going_on) and long_lines <= 0.1 * len(going_on)
    out: list[tuple[int, str]] = []
    fenced = False
    i = 0
    while i < len(lines):
        j = i
        if _FENCE.match(lines[i].group()):
            fenced = not fenced
        while not fenced and j < len(joins) and joins[j] and (
                wrapped or _runs_on(lines[j].group(), lines[j + 1].group())):
            j += 1
        out.append((lines[i].start(), text[lines[i].start() : lines[j].end()].replace("\n", " ")))
        i = j + 1
    return out


def _title_shaped(line: str) -> bool:
    """A few words opening with a capital (perhaps after a section number) that end no sentence."""
    title = line.strip()
    return not (len(title.split()) > PLAIN_TITLE_WORDS or "\t" in title or title.endswith(",") or _layout(title)
                or _ENDS_SENTENCE.search(title) or _BULLET.match(title) or not _TITLE_OPENING.match(title))


def _prose(paragraph: str) -> bool:
    return len(paragraph.split()) > PLAIN_TITLE_WORDS or _ENDS_SENTENCE.search(paragraph) is not None


def _opening_titles(paragraphs: list[tuple[int, str]]) -> int:
    """How many paragraphs the text opens with as its title block ("Package leaflet", "Calmadol 500 mg tablets",
    "Paracetamol"): up to four title-shaped lines before its first prose; none when prose does not follow them."""
    run = 0
    while run < min(len(paragraphs), OPENING_TITLES + 1) and _title_shaped(paragraphs[run][1]):
        run += 1
    return run if run <= OPENING_TITLES and run < len(paragraphs) and _prose(paragraphs[run][1]) else 0


def _plain_title(paragraphs: list[tuple[int, str]], n: int, opening: int) -> bool:
    """Whether paragraph `n` is a title on a line of its own, unmarked ("History", "3. Equipment"): a few words opening
    with a capital that end no sentence, after a blank line, the text's start or a sentence's end (not a colon's,
    which announces a list), and before a blank line or prose; a list's short items stand next to each other, but for
    the `opening` titles a text opens with (`_opening_titles`)."""
    start, line = paragraphs[n]
    if n + 1 == len(paragraphs) or not _title_shaped(line):
        return False
    (before_start, before), (after_start, after) = paragraphs[n - 1] if n else (-2, ""), paragraphs[n + 1]
    opens = before_start + len(before) + 1 < start or _prose(before) and not before.rstrip().endswith(":")
    return opens and (after_start > start + len(line) + 1 or _prose(after)) or n < opening


def forget_splits() -> None:
    """Forget the remembered paragraphs, so the next build splits every text as a new process would."""
    _paragraph_spans.cache_clear()


def _balanced_groups(sizes: Sequence[int], budget: int, leaning: Sequence[bool]) -> list[list[int]]:
    """Group consecutive items into as few groups under `budget` as possible, of similar size; an item
    `leaning` on the one before stays with it where the budget allows."""
    target = sum(sizes) / max(1, math.ceil(sum(sizes) / budget))
    groups: list[list[int]] = [[]]
    used = 0
    for i, size in enumerate(sizes):
        leans = leaning[i]
        full = used + size > budget or used + size / 2 > target
        if groups[-1] and full and not (leans and used + size <= budget):
            # Over the budget, a leaning item takes the item it leans on into the next group.
            moved = [groups[-1].pop()] if leans and len(groups[-1]) > 1 and sizes[i - 1] + size <= budget else []
            groups.append(moved)
            used = sum(sizes[j] for j in moved)
        groups[-1].append(i)
        used += size
    return groups


def _headings(paragraphs: list[tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """The paragraphs that are headings, by position: each one's level (Markdown's 1 to 6, a Setext title's 1 or 2, a
    plain title's 7, under any other) and words."""
    headings: dict[int, tuple[int, str]] = {}
    opening = _opening_titles(paragraphs)
    for n, (start, line) in enumerate(paragraphs):
        after = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if _HEADING.match(line):
            headings[n] = (len(line) - len(line.lstrip("#")), line.lstrip("#").strip())
        elif after and after[0] == start + len(line) + 1 and _UNDERLINE.match(after[1]) and len(
                line.strip()) <= SETEXT_TITLE:
            headings[n] = (1 if after[1].strip().startswith("=") else 2, line.strip())
        elif _plain_title(paragraphs, n, opening):
            headings[n] = (7, line.strip())
    return headings


def _heading_paths(headings: dict[int, tuple[int, str]]) -> dict[int, str]:
    """Each heading as the text under it is headed: after the headings it stands under ("2.4.0 › Added"), but for a
    title the whole document stands under (its only first-level heading, opening it), said only where nothing else is."""
    firsts = [n for n, (level, _) in headings.items() if level == 1]
    title = firsts[0] if len(firsts) == 1 and firsts[0] == min(headings) else None
    paths: dict[int, str] = {}
    within: list[tuple[int, int, str]] = []  # (position, level, words) of the headings open, outermost first
    for n, (level, words) in headings.items():
        while within and within[-1][1] >= level:
            within.pop()
        within.append((n, level, words))
        paths[n] = HEADING_PATH.join(w for m, _, w in within if m != title) or words
    return paths


def make_passages(
    document: Document,
    count_tokens: Callable[[list[str]], list[int]],
    max_tokens: int,
    min_tokens: int,
) -> list[Passage]:
    """Split a document into passages of whole sentences, each at most `max_tokens` wordpieces.

    Passages stay inside one paragraph, except that a paragraph shorter than `min_tokens` joins its
    neighbour so that no passage is a stray fragment; a sentence that leans back, or that the one before announces,
    stays with the one before.
    """
    text = document.text
    heading = ""
    blocks: list[tuple[str, list[tuple[int, int]]]] = []  # (heading, sentence spans) per paragraph
    paragraphs = _paragraphs(text)
    paths = _heading_paths(_headings(paragraphs))
    for n, (start, line) in enumerate(paragraphs):
        if n in paths:
            heading = paths[n]
            continue
        if is_residue(line) or not strip_markers(line):
            continue
        spans = split_sentences(line, start)
        if spans:
            blocks.append((heading, spans))
    all_spans = [span for _, spans in blocks for span in spans]
    plain = [strip_markers(text[s:e]) for s, e in all_spans]
    sizes = dict(zip(all_spans, count_tokens(plain)))
    leaning = dict(zip(all_spans, map(leans_back, plain)))
    announcing = dict(zip(all_spans, map(announces, plain)))
    asking = {span: _QUESTION_END.search(t) is not None for span, t in zip(all_spans, plain)}
    leaning |= {after: True for _, spans in blocks for before, after in zip(spans, spans[1:]) if announcing[before]}

    groups: list[tuple[str, list[tuple[int, int]]]] = []
    for block_heading, spans in blocks:
        for idx in _balanced_groups([sizes[s] for s in spans], max_tokens, [leaning[s] for s in spans]):
            chunk = [spans[i] for i in idx]
            prev = groups[-1] if groups else None
            small = sum(sizes[s] for s in chunk) < min_tokens
            # A paragraph answering the question that ends the one before (an FAQ's) stays with it, as it would inside
            # one paragraph. (Not one after a colon: the SQuAD files dropped what their colons announced.)
            if (
                prev is not None
                and prev[0] == block_heading
                and (small or sum(sizes[s] for s in prev[1]) < min_tokens or asking[prev[1][-1]])
                and sum(sizes[s] for s in prev[1] + chunk) <= max_tokens
            ):
                prev[1].extend(chunk)
            else:
                groups.append((block_heading, list(chunk)))

    passages: list[Passage] = []
    seen: dict[str, int] = {}
    for block_heading, spans in groups:
        start, end = spans[0][0], spans[-1][1]
        digest = passage_digest(document.name, text[start:end])
        seen[digest] = seen.get(digest, 0) + 1
        pid = f"p{digest}" if seen[digest] == 1 else f"p{digest}-{seen[digest]}"
        passages.append(Passage(pid, document.name, start, end, tuple(spans), block_heading))
    return passages
