"""Issue 12's figures: PDF answers and pages, PDF build rate, long lines, uploads under load, malformed files.

    python bench/documents.py pdf-quality   # seed-dev singles from a PDF of the bundled document vs the .txt
    python bench/documents.py pdf-rate      # build rate of a 300-page PDF vs the same text as .txt [--unique]
    python bench/documents.py long-line     # 2 MB one-line file, and 0.48 MB of unseen text on one line: chars/s vs the bundled document
    python bench/documents.py upload        # 1 MB upload served while 4 clients ask
    python bench/documents.py malformed     # 30 malformed uploads: all 4xx, nothing changed
    python bench/documents.py folder-change # a small document added to a folder of eleven
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import EVAL, assistant_for, holds_gold, scratch, seed_dev, table  # noqa: E402
from index import (Embedder, bounded_segments, build_index, forget_splits, make_passages, read_documents,  # noqa: E402
                   split_sentences)
from qa.config import BUNDLED_DOCUMENT  # noqa: E402
from bench.support import make_pdf, malformed_documents, start_server, stop_server  # noqa: E402

RESIDUE_LINES = 4  # the bundled document's side-box residue (document/README.md)


def bundled_paragraphs() -> list[list[str]]:
    """The bundled document's paragraphs as lists of sentences, as the splitter cuts them."""
    lines = [line for line in BUNDLED_DOCUMENT.read_text().split("\n")[RESIDUE_LINES:] if line.strip()]
    return [[line[s:e] for s, e in split_sentences(line)] for line in lines]


def pdf_quality(embedder: Embedder) -> None:
    paragraphs = bundled_paragraphs()
    made = make_pdf(paragraphs)
    folder = scratch("docqa-pdf-")
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
            hits += holds_gold(answer.answer, case["gold"])
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
    """The bundled text repeated to 300 pages (its sentences embed once, so the build is mostly reading and
    splitting); with --unique, the SQuAD training paragraphs instead (every sentence new, 0.48 MB)."""
    if "--unique" in sys.argv:
        chunk = [[paragraph] for paragraph in squad_text(1 << 20).splitlines()]
        made = make_pdf(chunk)
    else:
        paragraphs = bundled_paragraphs()
        pages_wanted = 300
        copies = math.ceil(pages_wanted / make_pdf(paragraphs).pages * 1.1)
        chunk = paragraphs * copies
        made = make_pdf(chunk)
        while made.pages < pages_wanted:
            chunk += paragraphs
            made = make_pdf(chunk)
    folder = scratch("docqa-rate-")
    pdf, txt = folder / "long.pdf", folder / "long.txt"
    pdf.write_bytes(made.data)
    txt.write_text("\n".join(" ".join(p) for p in chunk) + "\n")
    rows = []
    warm = scratch("docqa-rate-warm-")
    build_index(read_documents([BUNDLED_DOCUMENT]), warm, embedder, progress=False)  # warm-up, ONNX export
    for path in (txt, pdf) * 3:  # three times each, alternating, on a noisy machine
        index_dir = scratch("docqa-rate-idx-")
        shutil.copytree(warm / "encoders", index_dir / "encoders")
        forget_splits()  # each build splits its text afresh
        started = time.perf_counter()
        docs = read_documents([path])
        build_index(docs, index_dir, embedder, progress=False)
        seconds = time.perf_counter() - started
        rows.append((path.suffix, made.pages if path == pdf else "-", len(docs[0].text),
                     f"{seconds:.1f}", f"{len(docs[0].text) / seconds:,.0f}"))
    rate = {s: max(float(r[4].replace(",", "")) for r in rows if r[0] == s) for s in (".txt", ".pdf")}
    print(table(rows, ("format", "pages", "characters", "seconds", "chars/s")))
    print(f"PDF build rate / text build rate (best of three each): {rate['.pdf'] / rate['.txt']:.2f}")


def two_mb_line() -> str:
    text = " ".join(line for line in BUNDLED_DOCUMENT.read_text().split("\n")[RESIDUE_LINES:] if line.strip())
    return (text + " ") * ((2 << 20) // (len(text) + 1))


def long_line(embedder: Embedder) -> None:
    # The bundled document's paragraphs on one line, repeated to 2 MB, against the same 2 MB as paragraphs:
    # the same sentences to embed (each once), so the difference is what one long line costs.
    line = two_mb_line()
    rows = []
    for n in (25_000, 100_000):  # pysbd over a whole paragraph, as before, against bounded windows
        started = time.perf_counter()
        bounded_segments(line[:n], window=n + 1)  # one window: pysbd over the whole text
        whole = time.perf_counter() - started
        started = time.perf_counter()
        split_sentences(line[:n])
        rows.append((f"split {n:,} chars", f"{whole:.2f} s whole", f"{time.perf_counter() - started:.2f} s bounded"))
    started = time.perf_counter()
    split_sentences(line)
    rows.append((f"split {len(line):,} chars", "-", f"{time.perf_counter() - started:.2f} s bounded"))
    print(table(rows, ("what", "before", "after")))
    folder = scratch("docqa-long-")
    (folder / "one-line.txt").write_text(line + "\n")
    paragraphs = "\n".join(line for line in BUNDLED_DOCUMENT.read_text().split("\n")[RESIDUE_LINES:] if line.strip())
    (folder / "paragraphs.txt").write_text((paragraphs + "\n") * ((2 << 20) // (len(paragraphs) + 1)))
    # Warm-up, and the ONNX export every fresh index folder would otherwise make again.
    warm = scratch("docqa-long-warm-")
    build_index(read_documents([BUNDLED_DOCUMENT]), warm, embedder, progress=False)
    rates = []
    # Text never seen (the SQuAD training paragraphs, 0.48 MB) on one line: every sentence embedded.
    (folder / "unique-one-line.txt").write_text(squad_text(1 << 20).replace("\n", " ") + "\n")
    for path in (BUNDLED_DOCUMENT, folder / "paragraphs.txt", folder / "one-line.txt", folder / "unique-one-line.txt"):
        forget_splits()
        index_dir = scratch("docqa-long-idx-")
        shutil.copytree(warm / "encoders", index_dir / "encoders")
        started = time.perf_counter()
        docs = read_documents([path])
        build_index(docs, index_dir, embedder, progress=False)
        seconds = time.perf_counter() - started
        rates.append((path.name, f"{len(docs[0].text):,}", f"{seconds:.1f}", f"{len(docs[0].text) / seconds:,.0f}"))
    print(table(rates, ("document", "characters", "build seconds", "chars/s")))
    bundled = float(rates[0][3].replace(",", ""))
    for row in rates[2:]:
        print(f"{row[0]} chars/s / bundled chars/s: {float(row[3].replace(',', '')) / bundled:.2f}", flush=True)


def rss_mb(pid: int) -> float:
    for row in Path(f"/proc/{pid}/status").read_text().splitlines():
        if row.startswith("VmRSS:"):
            return int(row.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def watch_memory(line: str) -> None:
    """Server memory around a `--watch` rebuild that adds the one-line file, then one that removes it."""
    process, url, index_dir, documents = managed_server(scratch("docqa-watch-"), "t")
    stop_server(process)  # started again with --watch
    process, url = start_server(index_dir, "--watch", env={"DOCQA_DOCUMENTS_DIR": str(documents),
                                                          "DOCQA_LOG_LEVEL": "WARNING"})
    try:
        def settle(version: str, deadline: float = 1800) -> tuple[str, float]:
            started = time.perf_counter()
            while call(f"{url}/healthz")[1]["index_version"] == version:
                if time.perf_counter() - started > deadline:
                    raise TimeoutError("no rebuild")
                time.sleep(0.5)
            for n in range(20):  # answers on the new version
                call(f"{url}/api/ask", "POST", json.dumps({"question": f"what is ketamine used for? {n}"}).encode(),
                     {"Content-Type": "application/json"})
            return call(f"{url}/healthz")[1]["index_version"], time.perf_counter() - started

        for n in range(20):
            call(f"{url}/api/ask", "POST", json.dumps({"question": f"what is ketamine? {n}"}).encode(),
                 {"Content-Type": "application/json"})
        version = call(f"{url}/healthz")[1]["index_version"]
        rows = [("before", f"{rss_mb(process.pid):.0f}", "-")]
        (documents / "one-line.txt").write_text(line + "\n")
        version, seconds = settle(version)
        rows.append(("after adding the 2 MB one-line file", f"{rss_mb(process.pid):.0f}", f"{seconds:.0f}"))
        (documents / "one-line.txt").unlink()
        version, seconds = settle(version)
        rows.append(("after removing it again", f"{rss_mb(process.pid):.0f}", f"{seconds:.0f}"))
        print(table(rows, ("server (docqa serve --watch)", "RSS MB", "seconds to served")))
    finally:
        stop_server(process)


def managed_server(folder: Path, token: str, *extra_env: tuple[str, str]) -> tuple[object, str, Path, Path]:
    """A real `docqa serve` over a documents folder holding the bundled document, with management on."""
    index_dir, documents = folder / "index", folder / "documents"
    documents.mkdir(parents=True)
    shutil.copy(BUNDLED_DOCUMENT, documents)
    build_index(read_documents([documents]), index_dir, Embedder())
    process, url = start_server(index_dir, env={"DOCQA_DOCUMENTS_DIR": str(documents), "DOCQA_ADMIN_TOKEN": token,
                                                "DOCQA_LOG_LEVEL": "WARNING", **dict(extra_env)})
    return process, url, index_dir, documents


def call(url: str, method: str = "GET", body: bytes | None = None, headers: dict | None = None,
         timeout: float = 600) -> tuple[int, dict]:
    """One HTTP request; (status, JSON body) whatever the status. `requests`, because it reads the 413 that
    waitress sends before the whole body arrived (urllib reports the reset instead)."""
    response = requests.request(method, url, data=body, headers=headers or {}, timeout=timeout)
    return response.status_code, response.json() if response.content else {}


def squad_text(limit: int) -> str:
    """Paragraphs of the SQuAD training articles, distinct text the index has never seen, up to `limit` bytes."""
    data = json.loads((EVAL / "squad2-train-10-articles.json").read_text())
    paragraphs = [p["context"] for article in data["data"] for p in article["paragraphs"]]
    text = ""
    for paragraph in paragraphs:
        if len((text + paragraph + "\n").encode()) > limit:
            break
        text += paragraph + "\n"
    return text


def unseen_text(limit: int) -> str:
    """Up to `limit` bytes of text no index here has seen: the SQuAD training paragraphs, then the same
    paragraphs with each sentence's words reversed, then rotated by half (new sentences, as long, as hard to split)."""
    paragraphs = squad_text(limit).splitlines()
    variants = [lambda w: w[::-1], lambda w: w[len(w) // 2:] + w[: len(w) // 2]]
    text = ""
    for paragraph in paragraphs + [". ".join(" ".join(change(s.split())) for s in p.split(". "))
                                   for change in variants for p in paragraphs]:
        if len((text + paragraph + "\n").encode()) > limit:
            break
        text += paragraph + "\n"
    return text


def upload(embedder: Embedder) -> None:
    token = "bench-token"
    process, url, _, _ = managed_server(scratch("docqa-upload-"), token)
    auth = {"Authorization": f"Bearer {token}"}
    try:
        # Unseen questions each time (the encode cache must not answer them).
        questions = [case["q"] for case in seed_dev()["single"]]
        stop, results = threading.Event(), []

        def client(n: int) -> None:
            i = 0
            while not stop.is_set():
                question = f"{questions[(i * 4 + n) % len(questions)]} (client {n}, turn {i})"
                started = time.perf_counter()
                try:
                    status, _ = call(f"{url}/api/ask", "POST", json.dumps({"question": question}).encode(),
                                     {"Content-Type": "application/json"}, timeout=60)
                except OSError as exc:
                    status = repr(exc)
                results.append((status, time.perf_counter() - started))
                i += 1

        rows = []
        # A small upload first; then 1 MB of text whose sentences are indexed already (the bundled document
        # repeated: the cost of everything but embedding); then 1 MB the index has never seen (`unseen_text`),
        # served by keywords first and embedded in the background. `--quick` leaves out the last.
        bundled = BUNDLED_DOCUMENT.read_bytes()
        uploads = [("small.txt", b"Zorblax warm-up sentence one. Another one follows.\n"),
                   ("repeated.txt", bundled * ((1 << 20) // len(bundled))),
                   ("unseen.txt", unseen_text(1 << 20).encode())]
        for name, data in uploads[: 2 if "--quick" in sys.argv else 3]:
            results.clear()
            stop.clear()
            threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
            for t in threads:
                t.start()
            time.sleep(1)
            started = time.perf_counter()
            status, body = call(f"{url}/api/documents/{name}", "PUT", data, auth)
            seconds = time.perf_counter() - started
            served = call(f"{url}/healthz")[1]["index_version"] == body.get("index_version")
            while call(f"{url}/api/documents")[1]["pending"]:
                time.sleep(0.5)
            embedded = time.perf_counter() - started
            stop.set()
            for t in threads:
                t.join()
            failed = sum(s != 200 for s, _ in results)
            latencies = sorted(t for _, t in results)
            rows.append((name, f"{len(data):,}", status, f"{seconds:.1f}", served, body.get("embedded"),
                         body.get("pending"), f"{embedded:.1f}", len(results), failed,
                         f"{latencies[len(latencies) // 2] * 1000:.0f}", f"{latencies[-1] * 1000:.0f}"))
        print(table(rows, ("document", "bytes", "status", "seconds to served", "healthz shows it", "embedded",
                           "pending", "seconds to embedded", "answers meanwhile", "failed", "p50 ms", "max ms")))
    finally:
        stop_server(process)


def malformed(embedder: Embedder) -> None:
    token = "bench-token"
    limit = 20 * 1024 * 1024
    process, url, _, documents = managed_server(scratch("docqa-malformed-"), token)
    auth = {"Authorization": f"Bearer {token}"}
    try:
        stored = {p.name: p.read_bytes() for p in documents.iterdir()}
        version = call(f"{url}/healthz")[1]["index_version"]
        rows = []
        for name, data in malformed_documents(limit):
            status, body = call(f"{url}/api/documents/{name}", "PUT", data, auth)
            health = call(f"{url}/healthz")
            rows.append((name, f"{len(data):,}", status, health[0] == 200 and health[1]["index_version"] == version,
                         (body.get("error") or {}).get("message", "")[:90]))
        same_files = {p.name: p.read_bytes() for p in documents.iterdir()} == stored
        print(table(rows, ("file", "bytes", "status", "healthy, same version", "message")))
        print(f"all 4xx: {all(400 <= r[2] < 500 for r in rows)}; healthy and version unchanged after each: "
              f"{all(r[3] for r in rows)}; stored files unchanged: {same_files}; files: {len(rows)}")
    finally:
        stop_server(process)


def folder_change(embedder: Embedder) -> None:
    """A small document added to a folder of eleven (the bundled one and the ten SQuAD training articles),
    through the upload's code path, the splitter's memo emptied as in a fresh process: the others keep
    their passages, so the change costs what it adds."""
    from index import DocumentFolder

    folder = scratch("docqa-folder-")
    (folder / "documents").mkdir()
    shutil.copy(BUNDLED_DOCUMENT, folder / "documents")
    for n, article in enumerate(json.loads((EVAL / "squad2-train-10-articles.json").read_text())["data"]):
        (folder / "documents" / f"article-{n}.txt").write_text("\n\n".join(p["context"] for p in article["paragraphs"]))
    documents = DocumentFolder(folder / "documents", folder / "index", 200, 48)
    started = time.perf_counter()
    cold = documents.build(documents.documents(), embedder)
    cold_seconds = time.perf_counter() - started
    forget_splits()  # as in a fresh process: `build_index.py`, a server starting
    started = time.perf_counter()
    for document in documents.documents():
        make_passages(document, embedder.count_tokens, 200, 48)
    split_seconds = time.perf_counter() - started
    forget_splits()
    started = time.perf_counter()
    change = documents.put("note.txt", b"A short note added to the folder. It holds two sentences.\n", embedder)
    rows = [("cold build of the folder", f"{cold.units:,}", f"{cold_seconds:.1f}"),
            ("splitting every document again in a fresh process (each change's cost before)", "",
             f"{split_seconds:.1f}"),
            ("adding a 2-sentence document (PUT's code path)", f"{change.report.embedded} embedded",
             f"{time.perf_counter() - started:.2f}")]
    print(table(rows, ("what", "units", "seconds")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("figure", choices=["pdf-quality", "pdf-rate", "long-line", "watch-memory", "upload",
                                           "malformed", "folder-change"])
    parser.add_argument("--quick", action="store_true", help="upload: leave out the never-seen text")
    parser.add_argument("--unique", action="store_true", help="pdf-rate: text never seen instead of repeated")
    args = parser.parse_args()
    if args.figure == "watch-memory":
        return watch_memory(two_mb_line())
    {"pdf-quality": pdf_quality, "pdf-rate": pdf_rate, "upload": upload, "malformed": malformed,
     "long-line": long_line, "folder-change": folder_change}[args.figure](Embedder())


if __name__ == "__main__":
    main()
