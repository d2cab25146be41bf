"""PDF and Word documents: text as cited, pages, running headers gone, bad files refused with one line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from index import DocumentError, UnsupportedType, current_version, load_version, parse_document
from index._pdf import join_lines, strip_running_lines
from index._splitting import _segment, bounded_segments, split_sentences
from qa.config import BUNDLED_DOCUMENT, ROOT
from bench.support import HEADER, PYTHON, make_docx, make_pdf, malformed_documents

# The bundled document's paragraphs, as sentences.
SENTENCES = [[line[s:e] for s, e in split_sentences(line)]
             for line in BUNDLED_DOCUMENT.read_text().split("\n")[4:] if line.strip()]


def test_pdf_text_is_whole_sentences_with_their_pages() -> None:
    made = make_pdf(SENTENCES)
    doc = parse_document(made.data, "k.pdf")
    assert made.pages > 2 and doc.pages is not None and len(doc.pages) == made.pages
    assert HEADER not in doc.text and "Page 1 of" not in doc.text
    cursor = 0
    for sentence, page in made.sentence_pages:
        at = doc.text.index(sentence, cursor)  # every sentence whole, in order
        assert doc.page_at(at) == page
        cursor = at + len(sentence)


def test_running_lines_and_page_numbers_go_hyphenated_words_are_mended() -> None:
    bodies = [["The treat-", "ment works for many of the patients in this small trial."],
              ["Its effect is short-", "lived and fades within a week for most patients."],
              ["A well-", "known fact is stated here again: the effect is well-known."],
              ["Dosing is twice a week at first, then less often than that."]]
    pages = [["Annual report 2024", *body, f"- {n} -"] for n, body in enumerate(bodies, start=1)]
    text, starts = join_lines(strip_running_lines(pages))
    assert "Annual report" not in text and "- 2 -" not in text
    assert text.startswith("The treatment works for many")
    assert "effect is shortlived" in text and "A well-known fact" in text
    assert len(starts) == 4 and text[starts[1]:].startswith("Its effect")


def test_a_word_spelled_with_its_hyphen_elsewhere_keeps_it() -> None:
    text, _ = join_lines([["A long-", "term study of long-term use followed the patients."]])
    assert "long-term study" in text


def test_docx_headings_paragraphs_and_tables_in_order() -> None:
    data = make_docx([("Title", "Ketamine"), ("Heading 2", "Dosing"), ("Normal", "Twice a week, under supervision."),
                      ("table", "Route\tNasal")])
    doc = parse_document(data, "k.docx")
    assert doc.text == "# Ketamine\n## Dosing\nTwice a week, under supervision.\nRoute\tNasal\n"
    assert doc.pages is None and doc.page_at(3) is None


def test_bounded_splitting_finds_the_sentences_pysbd_finds() -> None:
    line = " ".join(BUNDLED_DOCUMENT.read_text().split("\n")[4:])
    assert bounded_segments(line, window=1500) == _segment(line)


def test_a_sentence_longer_than_the_window_is_cut_at_a_space() -> None:
    line = "word " * 2000
    spans = bounded_segments(line, window=1000)
    assert "".join(line[s:e] for s, e in spans) == line
    assert all(e - s <= 1000 for s, e in spans)


@pytest.mark.parametrize(("name", "data"), malformed_documents(1 << 20)[:-2], ids=lambda v: v if isinstance(v, str) else "")
def test_malformed_files_are_refused_with_one_line(name: str, data: bytes) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_document(data, name)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(name)
    if name.startswith(("pdf-named", "text-named", "docx-named", "program", "image", "binary")):
        assert isinstance(caught.value, UnsupportedType)


@pytest.mark.parametrize("name", ["scanned.pdf", "encrypted.pdf", "truncated-3.pdf", "not-a-zip.docx", "bomb.docx",
                                  "empty.pdf", "huge.txt"])
def test_build_index_exits_2_with_one_line_and_keeps_the_index(index_dir: Path, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(dict(malformed_documents(1 << 20))[name])
    before = current_version(index_dir)
    result = subprocess.run([PYTHON, "build_index.py", str(path), "--index-dir", str(index_dir)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, env={"DOCQA_MAX_DOCUMENT_BYTES": str(1 << 20),
                                                                             "PATH": "/usr/bin:/bin",
                                                                             "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and name in result.stderr
    assert current_version(index_dir) == before
    load_version(index_dir)
