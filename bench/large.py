"""A large corpus: the Python 3.11 documentation (Debian's python3.11-doc, HTML) as one index.

Reports the build (passages/s, peak memory, total time), query p50 against the bundled document's,
and, past the HNSW threshold, recall@10 of the approximate index against exact search.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import faiss  # noqa: E402
import numpy as np  # noqa: E402

from bench._common import assistant_for, scratch, table  # noqa: E402
from index import Embedder, _store, build_index, load_version, read_documents  # noqa: E402
from qa import Assistant, Settings  # noqa: E402
from qa.config import BUNDLED_DOCUMENT  # noqa: E402

DOCS = Path("/usr/share/doc/python3.11/html")
QUESTIONS = [
    "How do I read a JSON file?", "What does the with statement do?", "How can I sort a list of dictionaries by a key?",
    "What is a generator?", "How do I start a subprocess and read its output?", "What is the GIL?",
    "How do I parse command line arguments?", "What does functools.lru_cache do?", "How are exceptions chained?",
    "What is the difference between a list and a tuple?", "How do I create a virtual environment?",
    "How can I format a date as a string?", "What is a context manager?", "How do I open a socket?",
    "What does the walrus operator do?", "How do I write a unit test?", "What are f-strings?",
    "How do I use a regular expression to find all matches?", "What is asyncio used for?", "How do I copy a file?",
]


def ensure_docs() -> None:
    if not DOCS.is_dir():
        subprocess.run(["apt-get", "install", "-y", "-qq", "python3.11-doc"], check=True)


def query_p50(assistant: Assistant, repeats: int = 5) -> float:
    times = []
    for n in range(repeats):
        for q in QUESTIONS:
            started = time.perf_counter()
            assistant.ask(f"{q} ({n})")
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def recall_at_10(assistant: Assistant) -> float:
    """Share of exact search's top 10 that the served (approximate) index also returns."""
    index = assistant.loaded.version.passage_vectors
    vectors = index.reconstruct_n(0, index.ntotal)
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(vectors)
    queries = assistant.embedder.encode([f"{q} ({n})" for n in range(10) for q in QUESTIONS])
    _, want = exact.search(queries, 10)
    _, got = index.search(queries, 10)
    return float(np.mean([len(set(w) & set(g)) / 10 for w, g in zip(want, got)]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="index N pages spread over the whole set (0: all)")
    args = parser.parse_args()
    ensure_docs()
    pages = sorted(p for p in DOCS.rglob("*.html") if not {"_static", "_sources", "_images"} & set(p.parts))
    if args.limit:
        pages = pages[:: max(1, len(pages) // args.limit)][: args.limit]
        # A sample is smaller than the switch to HNSW; move the switch so the approximate index is measured.
        _store.HNSW_THRESHOLD = 500
    corpus = scratch("docqa-pydoc-")
    for page in pages:  # one folder of pages: read as one corpus, documents named by relative path
        target = corpus / page.relative_to(DOCS)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(page)
    embedder = Embedder()
    index_dir = scratch("docqa-large-")
    started = time.perf_counter()
    documents = read_documents([corpus])
    settings = Settings.from_env({"index_dir": index_dir})
    report = build_index(documents, index_dir, embedder, settings.max_passage_tokens, settings.min_passage_tokens,
                         progress=True)
    build_s = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    version = load_version(index_dir)
    large = Assistant(settings)  # questions through the build's ONNX export, as `docqa serve` encodes them
    small = assistant_for([BUNDLED_DOCUMENT], embedder, onnx=True)
    small_p50, large_p50 = query_p50(small), query_p50(large)
    rows = [
        ("pages (HTML files)", len(pages), ""),
        ("characters of text", sum(len(d.text) for d in documents), ""),
        ("passages / embedded units", f"{len(version.passages)} / {report.units}", ""),
        ("embedding throughput (units/s, whole build)", f"{report.units / build_s:.1f}", ""),
        ("total build time incl. reading and parsing (s)", f"{build_s:.0f}", ""),
        ("peak resident memory of the build (MB)", f"{peak_mb:.0f}", ""),
        ("FAISS index (HNSW past this many passages)", type(version.passage_vectors).__name__,
         str(_store.HNSW_THRESHOLD)),
        ("query p50, bundled document (ms)", f"{small_p50:.2f}", ""),
        ("query p50, large corpus (ms)", f"{large_p50:.2f}", f"{large_p50 / small_p50:.2f}x bundled (<= 1.5x)"),
        ("recall@10 of the served index vs exact", f"{recall_at_10(large):.3f}", ">= 0.98"),
    ]
    print(table(rows, ("large document", "value", "target")))


if __name__ == "__main__":
    main()
