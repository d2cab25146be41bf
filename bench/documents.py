"""Issue 12's figures: PDF answers and pages, PDF build rate, long lines, uploads under load, malformed files.

    python bench/documents.py pdf-quality   # seed-dev singles from a PDF of the bundled document vs the .txt
    python bench/documents.py pdf-rate      # build rate of a 300-page PDF vs the same text as .txt
    python bench/documents.py long-line     # 2 MB one-line file: chars/s vs the bundled document
    python bench/documents.py upload        # 1 MB upload served while 4 clients ask
    python bench/documents.py malformed     # 30 malformed uploads: all 4xx, nothing changed
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import assistant_for, seed_dev, table  # noqa: E402
from index import Embedder, build_index, read_documents  # noqa: E402
from index._splitting import split_sentences  # noqa: E402
from qa.config import BUNDLED_DOCUMENT  # noqa: E402
from tests.makedocs import make_pdf  # noqa: E402

RESIDUE_LINES = 4  # the bundled document's side-box residue (document/README.md)


def bundled_paragraphs() -> list[list[str]]:
    """The bundled document's paragraphs as lists of sentences, as the splitter cuts them."""
    lines = [line for line in BUNDLED_DOCUMENT.read_text().split("\n")[RESIDUE_LINES:] if line.strip()]
    return [[line[s:e] for s, e in split_sentences(line)] for line in lines]


def pdf_quality(embedder: Embedder) -> None:
    paragraphs = bundled_paragraphs()
    made = make_pdf(paragraphs)
    folder = Path(tempfile.mkdtemp(prefix="docqa-pdf-"))
    pdf, txt = folder / "ketamine.pdf", folder / "ketamine.txt"
    pdf.write_bytes(made.data)
    txt.write_text("\n".join(" ".join(p) for p in paragraphs) + "\n")
    page_of = {}
    for sentence, page in made.sentence_pages:
        page_of.setdefault(sentence, page)
    rows = []
    for path in (txt, pdf):
        assistant = assistant_for([path], embedder, onnx=True)
        doc = assistant.loaded.version.documents[0]
        hits = cited = right = 0
        cases = seed_dev()["single"]
        for case in cases:
            answer = assistant.ask(case["q"])
            hits += any(g.lower() in answer.answer.lower() for g in case["gold"])
            for c in answer.citations:
                assert doc.text[c.start : c.end] == c.text
                if c.page is None:
                    continue
                first = doc.text[c.start : c.start + min(60, c.end - c.start)]
                truth = [p for s, p in page_of.items() if s.startswith(first) or first.startswith(s[:60])]
                cited += 1
                right += bool(truth) and c.page == truth[0]
        rows.append((path.suffix, made.pages if path == pdf else "-", f"{hits}/{len(cases)}",
                     f"{right}/{cited}" if cited else "-"))
    print(table(rows, ("format", "pages", "seed singles", "citation pages right")))


def pdf_rate(embedder: Embedder) -> None:
    paragraphs = bundled_paragraphs()
    pages_wanted, chunk = 300, list(paragraphs)
    made = make_pdf(chunk)
    while made.pages < pages_wanted:  # the bundled text repeated until the PDF has 300 pages
        chunk = chunk + paragraphs
        made = make_pdf(chunk)
    folder = Path(tempfile.mkdtemp(prefix="docqa-rate-"))
    pdf, txt = folder / "long.pdf", folder / "long.txt"
    pdf.write_bytes(made.data)
    txt.write_text("\n".join(" ".join(p) for p in chunk) + "\n")
    rows = []
    for path in (txt, pdf, txt, pdf):  # twice each, alternating, on a noisy machine
        index_dir = Path(tempfile.mkdtemp(prefix="docqa-rate-idx-"))
        started = time.perf_counter()
        docs = read_documents([path])
        build_index(docs, index_dir, embedder, progress=False)
        seconds = time.perf_counter() - started
        rows.append((path.suffix, made.pages if path == pdf else "-", len(docs[0].text),
                     f"{seconds:.1f}", f"{len(docs[0].text) / seconds:,.0f}"))
    rate = {s: max(float(r[4].replace(",", "")) for r in rows if r[0] == s) for s in (".txt", ".pdf")}
    print(table(rows, ("format", "pages", "characters", "seconds", "chars/s")))
    print(f"PDF build rate / text build rate (best of two each): {rate['.pdf'] / rate['.txt']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("figure", choices=["pdf-quality", "pdf-rate", "long-line", "upload", "malformed"])
    args = parser.parse_args()
    {"pdf-quality": pdf_quality, "pdf-rate": pdf_rate}[args.figure](Embedder())


if __name__ == "__main__":
    main()
