"""Splitting keeps offsets exact: every passage is its document's text at [start, end)."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index import Document, announces, leans_back, qualifies, strip_markers, table_headers
from index._splitting import _segment, _segmenter, is_residue, make_passages, split_sentences
from qa.config import BUNDLED_DOCUMENT


def word_count(texts: list[str]) -> list[int]:
    return [len(t.split()) for t in texts]


words = st.sampled_from(["ketamine", "Dr.", "e.g.", "U.S.", "therapy", "(PCP)", "2–4", "works", "[12]", "is", "fast"])
sentence = st.builds(lambda ws, end: " ".join(ws) + end, st.lists(words, min_size=1, max_size=12),
                     st.sampled_from([".", "?", "!", ". [3]", "."]))
paragraph = st.builds(" ".join, st.lists(sentence, min_size=1, max_size=8))
document_text = st.builds("\n".join, st.lists(paragraph, min_size=1, max_size=6))


@settings(max_examples=150, deadline=None)
@given(document_text, st.integers(min_value=4, max_value=40))
def test_passages_are_exact_slices_and_cover_every_sentence(text: str, budget: int) -> None:
    doc = Document("d.txt", text)
    passages = make_passages(doc, word_count, max_tokens=budget, min_tokens=3)
    for p in passages:
        assert text[p.start : p.end].strip() == text[p.start : p.end]
        assert p.sentences[0][0] == p.start and p.sentences[-1][1] == p.end
        for s, e in p.sentences:
            assert p.start <= s < e <= p.end
    sentences = [s for p in passages for s in p.sentences]
    assert sentences == sorted(sentences)
    # Every non-space character of the document lies in some sentence.
    covered = set()
    for s, e in sentences:
        covered.update(range(s, e))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_bundled_document_residue_is_never_in_a_passage() -> None:
    text = BUNDLED_DOCUMENT.read_text()
    residue_end = text.index("Ketamine-assisted psychotherapy is")
    passages = make_passages(Document("k.txt", text), word_count, 150, 30)
    assert passages[0].start == residue_end
    assert all(is_residue(line) for line in text[:residue_end].splitlines())


def test_reference_markers_stay_with_the_sentence_before_them() -> None:
    text = "Ketamine was made in 1962. [2] [8] It was first used on animals. [9]"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Ketamine was made in 1962. [2] [8]", "It was first used on animals. [9]"]


def test_a_path_a_file_name_or_a_code_span_is_not_cut_at_its_dots() -> None:
    # pysbd ends a sentence at "." before "/install.sh", "harbor" and "zip"; a sentence break has a space after it.
    text = ("Run `sudo ./install.sh` as root. Settings live in `~/.harbor/config.toml`. Games are .zip files. "
            "It ends.[n 3] A note follows.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Run `sudo ./install.sh` as root.", "Settings live in `~/.harbor/config.toml`.", "Games are .zip files.",
        "It ends.", "[n 3] A note follows."]


def test_an_ellipsis_ending_a_word_does_not_end_a_sentence() -> None:
    # pysbd ends one after "Am..." in an album's title; a spaced " ... " inside a quotation it already keeps.
    text = "Her third album, I Am... Sasha Fierce (2008), won six awards. He wrote: \"Three doctors came ... One left.\""
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Her third album, I Am... Sasha Fierce (2008), won six awards.", "He wrote: \"Three doctors came ... One left.\""]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Dr. Calvin Lee Stevens worked in the U.S. for Parke-Davis, e.g. on PCP. It worked."
    assert len(split_sentences(text)) == 2


def test_passages_respect_the_budget_and_never_cut_a_sentence() -> None:
    text = BUNDLED_DOCUMENT.read_text()
    passages = make_passages(Document("k.txt", text), word_count, 120, 30)
    for p in passages:
        if len(p.sentences) > 1:
            assert sum(word_count([strip_markers(text[s:e]) for s, e in p.sentences])) <= 120


@pytest.mark.parametrize("text", [
    "# Dosing\nKetamine is given in sessions. Each lasts hours.\n## Risks\nIt can cause sedation.",
    "Dosing\n======\nKetamine is given in sessions. Each lasts hours.\n\nRisks\n-----\nIt can cause sedation.",  # Setext
])
def test_markdown_headings_become_context_not_passages(text: str) -> None:
    passages = make_passages(Document("d.md", text), word_count, 50, 1)
    assert [(p.heading, text[p.start : p.end]) for p in passages] == [
        ("Dosing", "Ketamine is given in sessions. Each lasts hours."),
        ("Risks", "It can cause sedation."),
    ]


WRAPPED = """Ketamine was discovered by Parke-Davis Labs and Dr.
Calvin Lee Stevens in 1962. It was first used clinically as a veterinary
anesthetic, then given to a human in 1964. Soon after, Parke-Davis filed a
patent for the anesthetic.

- A list item that an editor wrapped goes on
  in its next line, indented.
- Another item.

```
make run    # a line of code
make test   # and another
```
"""


def test_a_paragraph_wrapped_at_a_fixed_width_is_read_whole() -> None:
    passages = make_passages(Document("d.md", WRAPPED), word_count, 50, 1)
    sentences = [strip_markers(WRAPPED[s:e]) for p in passages for s, e in p.sentences]
    assert sentences == [
        "Ketamine was discovered by Parke-Davis Labs and Dr. Calvin Lee Stevens in 1962.",
        "It was first used clinically as a veterinary anesthetic, then given to a human in 1964.",
        "Soon after, Parke-Davis filed a patent for the anesthetic.",
        "- A list item that an editor wrapped goes on in its next line, indented.",
        "- Another item.",
        "make run    # a line of code", "make test   # and another",  # the fences are layout
    ]


def test_titles_on_lines_of_their_own_do_not_make_a_text_wrapped() -> None:
    # The bundled document's paragraphs, a line each, with a plain title before each: the titles end mid-sentence,
    # but the paragraphs are longer than wrapped lines, so every line stays apart.
    paragraphs = [line for line in BUNDLED_DOCUMENT.read_text().splitlines() if len(line) > 300][:6]
    text = "\n".join(f"Section number {n} of the article on ketamine\n{p}" for n, p in enumerate(paragraphs))
    passages = make_passages(Document("d.txt", text), word_count, 500, 1)
    assert all("\n" not in text[s:e] for p in passages for s, e in p.sentences)


def test_markdown_inline_markup_is_read_as_its_words() -> None:
    text = ("The **Widget Pro** is made by [Acme Tools](https://acme.example.com/about \"Acme\"), on _thermal_ "
            "tape. Run `make *all*` in __init__.py, not file_name_here; 2 * 3 * 4 is 24.")
    assert strip_markers(text) == ("The Widget Pro is made by Acme Tools, on thermal tape. Run `make *all*` in "
                                   "__init__.py, not file_name_here; 2 * 3 * 4 is 24.")


def test_table_rows_of_two_cells_or_more_are_lines_of_text() -> None:
    # As an HTML or Word table's rows are: each row one line, its cells apart by tabs; a rule and a one-cell row
    # (the bundled document's side box) stay layout.
    text = ("## Troubleshooting\n\n| Problem | Fix |\n| --- | :-: |\n| Labels come out blank | Replace the **tape** |\n"
            "| Part of a series on |\n")
    passages = make_passages(Document("d.md", text), word_count, 50, 1)
    assert [strip_markers(text[s:e]) for p in passages for s, e in p.sentences] == [
        "Problem\tFix", "Labels come out blank\tReplace the tape"]
    assert {p.heading for p in passages} == {"Troubleshooting"}


# As an HTML page is read: a line a block, a table's rows with tabs between cells.
PAGE = ("# Fares\nRiverton Transit runs twelve bus routes across the city and its suburbs.\n"
        "Ticket\tAdult\tChild (5–15)\nSingle journey\t$2.50\t$1.25\nDay pass\t$6.00\t$3.00\n"
        "Children under five travel free with a paying adult.\n## Routes\nRoute\tFrom\tTo\n1\tCentral Station\tAirport\n"
        "## Questions\nCan I bring my bicycle on the bus?\nYes. Every bus has a front rack for two bicycles.\n"
        "Are dogs allowed?\nAssistance dogs are always welcome. Other small dogs may travel in a carrier.\n")


def test_rows_with_tabs_between_cells_are_layout_no_editor_wrapped() -> None:
    # Rows were most of the lines that end no sentence, so the page read as wrapped, and each paragraph ran into the
    # next: a row into the prose after its table, an answer into the next question.
    passages = make_passages(Document("d.html", PAGE), word_count, 12, 1)
    assert [strip_markers(PAGE[s:e]) for p in passages for s, e in p.sentences] == [
        "Riverton Transit runs twelve bus routes across the city and its suburbs.", "Ticket\tAdult\tChild (5–15)",
        "Single journey\t$2.50\t$1.25", "Day pass\t$6.00\t$3.00", "Children under five travel free with a paying adult.",
        "Route\tFrom\tTo", "1\tCentral Station\tAirport", "Can I bring my bicycle on the bus?", "Yes.",
        "Every bus has a front rack for two bicycles.", "Are dogs allowed?", "Assistance dogs are always welcome.",
        "Other small dogs may travel in a carrier."]


def test_a_table_row_stands_under_its_tables_first_row() -> None:
    text = PAGE + "| Code | Meaning |\n| --- | --- |\n| E4 | The cutter is jammed |\n| E5 | The lid is open |\n"
    spans = [span for p in make_passages(Document("d.md", text), word_count, 12, 1) for span in p.sentences]
    rows = [strip_markers(text[s:e]) for s, e in spans]
    under = {rows[n]: rows[h] for n, h in enumerate(table_headers(text, spans)) if h is not None}
    assert under == {"Single journey\t$2.50\t$1.25": "Ticket\tAdult\tChild (5–15)",
                     "Day pass\t$6.00\t$3.00": "Ticket\tAdult\tChild (5–15)",
                     "1\tCentral Station\tAirport": "Route\tFrom\tTo",
                     "E4\tThe cutter is jammed": "Code\tMeaning", "E5\tThe lid is open": "Code\tMeaning"}


def test_a_heading_under_another_heads_its_text_after_it() -> None:
    # A changelog's "Added" says nothing without its version; the document's title, over all of it, heads only the
    # text under nothing else.
    text = ("# Changelog\nAll notable changes are listed here.\n## [2.4.0] - 2024-03-18\n### Added\n- Dark mode.\n"
            "### Fixed\n- Entries crossing midnight.\n## [2.3.0] - 2023-11-27\n### Added\n- Tag renaming.\n")
    assert [p.heading for p in make_passages(Document("d.md", text), word_count, 50, 1)] == [
        "Changelog", "[2.4.0] - 2024-03-18 › Added", "[2.4.0] - 2024-03-18 › Fixed", "[2.3.0] - 2023-11-27 › Added"]
    two_parts = "# Part one\n## Setup\nPlug it in.\n# Part two\nUse it.\n"  # no title: every heading counts
    assert [p.heading for p in make_passages(Document("d.md", two_parts), word_count, 50, 1)] == [
        "Part one › Setup", "Part two"]


def test_a_line_that_runs_on_in_lower_case_joins_the_next() -> None:
    # Too few such lines for the text to count as wrapped; each still ends mid-sentence, and the next goes on with it.
    text = ("Charge the battery with the supplied USB-C cable. A full charge takes about two hours from empty,\n"
            "and a charged battery prints roughly 600 labels.\nThe LED turns green when charging is done.\n"
            "Troubleshooting\nIf the printer shows error E4, the cutter is jammed.\n")
    passages = make_passages(Document("d.txt", text), word_count, 50, 1)
    assert [strip_markers(text[s:e]) for p in passages for s, e in p.sentences] == [
        "Charge the battery with the supplied USB-C cable.",
        "A full charge takes about two hours from empty, and a charged battery prints roughly 600 labels.",
        "The LED turns green when charging is done.",
        "If the printer shows error E4, the cutter is jammed."]  # under the plain title "Troubleshooting"


def test_a_bold_question_over_its_answer_is_a_sentence_and_keeps_its_answer_in_its_passage() -> None:
    # "?**" ends a sentence, so the text is not read as wrapped; the answer of five sentences, a paragraph long enough
    # for a passage of its own, stays in the question's.
    answer = " ".join(["Standard delivery takes three to five working days in most of the country."] * 5)
    text = f"**How long does delivery take?**\n{answer}\n**Can I change my order?**\nYes, within one hour.\n"
    passages = make_passages(Document("faq.md", text), word_count, 75, 4)
    assert [[strip_markers(text[s:e]) for s, e in p.sentences][:2] for p in passages] == [
        ["How long does delivery take?", "Standard delivery takes three to five working days in most of the country."],
        ["Can I change my order?", "Yes, within one hour."]]
    assert split_sentences("**Why?** Because.") == [(0, 8), (9, 17)]


def test_a_plain_title_on_a_line_of_its_own_becomes_context_not_a_sentence() -> None:
    # Titles between a sentence's end or a blank line and prose; a numbered list's short items stand together, and
    # a short line after a colon opens a list.
    text = ("Remote Work Policy\n\n1. Purpose\nThis policy says how staff may work from home.\n\n3. Equipment\n"
            "3.1 The company provides a laptop.\nSteps to set it up:\n1. Open the lid\n2. Press the power button\n"
            "Then sign in.\nKeep it safe:\nLock the screen\nNever share passwords.\n")
    passages = make_passages(Document("d.txt", text), word_count, 8, 1)
    assert [(p.heading, strip_markers(text[s:e])) for p in passages for s, e in p.sentences] == [
        ("1. Purpose", "This policy says how staff may work from home."),
        ("3. Equipment", "3.1 The company provides a laptop."), ("3. Equipment", "Steps to set it up:"),
        ("3. Equipment", "1. Open the lid"), ("3. Equipment", "2. Press the power button"),
        ("3. Equipment", "Then sign in."), ("3. Equipment", "Keep it safe:"), ("3. Equipment", "Lock the screen"),
        ("3. Equipment", "Never share passwords.")]


def test_the_title_block_a_text_opens_with_is_titles_not_sentences() -> None:
    text = ("Package leaflet: Information for the patient\n\nCalmadol 500 mg tablets\nParacetamol\n\n"
            "Read all of this leaflet carefully.\n")
    passages = make_passages(Document("d.txt", text), word_count, 50, 1)
    assert [(p.heading, text[p.start : p.end]) for p in passages] == [
        ("Paracetamol", "Read all of this leaflet carefully.")]
    # With no prose after them, or more than four, short lines are a list's items, which stay lines of text.
    for listed in ("Eggs\nFlour\nSugar\n", "A\nB\nC\nD\nE\nThe prose.\n"):
        assert len(make_passages(Document("d.txt", listed), word_count, 50, 1)) == len(listed.splitlines())


prose_sentence = st.builds(lambda ws: " ".join(ws) + ".", st.lists(
    st.sampled_from(["ketamine", "Dr.", "therapy", "(PCP)", "works", "is", "2–4", "Stevens", "given", "fast"]),
    min_size=12, max_size=25))
prose_paragraph = st.builds(" ".join, st.lists(prose_sentence, min_size=4, max_size=8))


@settings(max_examples=100, deadline=None)
@given(st.lists(prose_paragraph, min_size=2, max_size=5), st.integers(min_value=45, max_value=100))
def test_wrapping_paragraphs_at_any_width_keeps_their_sentences(paragraphs: list[str], width: int) -> None:
    # Wrapped by an editor (a blank line between paragraphs), a text reads as it did a paragraph a line.
    def sentences(text: str) -> list[str]:
        return [strip_markers(text[s:e]) for p in make_passages(Document("d.txt", text), word_count, 500, 1)
                for s, e in p.sentences]
    wrapped = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    lines = wrapped.splitlines()
    going_on = [a for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    mid_sentence = sum(not line.endswith(".") for line in going_on)
    assume(mid_sentence >= 3 and mid_sentence >= len(going_on) / 2)  # as wrapped prose is: most lines end mid-sentence
    assert sentences(wrapped) == sentences("\n".join(paragraphs))


def test_a_paragraph_over_a_rule_is_no_setext_heading() -> None:
    long = "Ketamine was discovered by Parke-Davis Labs and Dr. Calvin Lee Stevens in 1962. " * 2
    passages = make_passages(Document("d.md", f"{long}\n------\nIt was patented soon after."), word_count, 50, 1)
    assert passages[0].heading == "" and passages[0].start == 0


def test_passage_ids_depend_on_text_not_position() -> None:
    a = make_passages(Document("d.txt", "Alpha one. Beta two.\nGamma three."), word_count, 3, 1)
    b = make_passages(Document("d.txt", "New first paragraph here.\nAlpha one. Beta two.\nGamma three."), word_count, 3, 1)
    assert {p.id for p in a} <= {p.id for p in b}


def pysbd_spans(text: str) -> list[tuple[int, int]]:
    """The reference: pysbd's own `segment` (spans with the space after each sentence), found in order."""
    spans, cursor = [], 0
    for piece in _segmenter().segment(text):
        start = text.find(piece, cursor)
        cursor = start + len(piece)
        spans.append((start, cursor))
    return spans


@settings(max_examples=300, deadline=None)
@given(st.builds(lambda lead, body, tail: lead + body + tail, st.sampled_from(["", " ", "\n"]), paragraph,
                 st.sampled_from(["", " ", "  ", "\t"])))
def test_sentence_spans_are_pysbds_own(text: str) -> None:
    assert _segment(text) == pysbd_spans(text)


def test_the_bundled_documents_sentence_spans_are_pysbds_own() -> None:
    for line in BUNDLED_DOCUMENT.read_text().splitlines():
        assert _segment(line) == (pysbd_spans(line) if line.strip() else [])


@pytest.mark.parametrize("opening, kept_together", [("Key among these are", True), ("Large mammals like", False)])
def test_a_sentence_leaning_on_the_one_before_is_not_cut_from_it(opening: str, kept_together: bool) -> None:
    filler = " ".join(["word"] * 8)
    text = (f"First sentence about pathways {filler}. Several signaling pathways are involved {filler}. "
            f"{opening} elephants and whales {filler}. The last sentence of the paragraph {filler}.")
    passages = make_passages(Document("d.txt", text), word_count, 30, 1)
    starts = [text[p.start:].split(".")[0] for p in passages]
    assert any(s.startswith(opening) for s in starts) is not kept_together
    assert all(sum(word_count([text[s:e] for s, e in p.sentences])) <= 30 for p in passages)


@pytest.mark.parametrize("sentence, leaning", [
    ("Indeed, this is the statement of the Church–Turing thesis.", True),
    ("Similarly, it is not known if L is strictly contained in P.", True), ("However, this was put on hold.", True),
    ("This is the statement of the thesis.", True), ("However, limited studies have shown improved symptoms.", False),
    ("In 2019, the agency approved it.", False), ("Researchers, they say, disagree.", False)])
def test_a_sentence_may_lean_on_the_one_before_after_a_lead_in(sentence: str, leaning: bool) -> None:
    # "Indeed, this ..." quoted alone says nothing of what "this" is.
    assert leans_back(sentence) is leaning


@pytest.mark.parametrize("sentence, announcing", [
    ("An example of a decision problem is the following.", True), ("Tsongkhapa wrote: [3]", True),
    ("It works as follows:", True), ("The following year it was approved.", False), ("A ratio of 3:1 is used.", False)])
def test_a_sentence_may_announce_the_one_after_it(sentence: str, announcing: bool) -> None:
    assert announces(sentence) is announcing


@pytest.mark.parametrize("sentence, qualifying", [
    ("There is no notable difference in efficacy, however.", True), ("It was never approved, though. [4]", True),
    ("However, limited studies have shown improved symptoms.", False), ("The book was written in one night, though not alone.", False)])
def test_a_sentence_may_qualify_the_one_before_it(sentence: str, qualifying: bool) -> None:
    # Quoted alone it says too little, and the one before it, quoted without it, too much.
    assert qualifies(sentence) is qualifying
    assert leans_back(sentence) is qualifying


def test_a_sentence_announced_by_the_one_before_is_not_cut_from_it() -> None:
    filler = " ".join(["word"] * 8)
    text = (f"First sentence about problems {filler}. An example of a decision problem is the following. The input is an "
            f"arbitrary graph {filler}. The last sentence {filler}.")
    passages = make_passages(Document("d.txt", text), word_count, 30, 1)
    announced = next(p for p in passages if "arbitrary graph" in text[p.start:p.end])
    assert "is the following" in text[announced.start:announced.end]
