"""Build (or incrementally rebuild) the docqa index: `python build_index.py [DOCUMENT ...] [--index-dir DIR] [--json]`."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

from index import BuildReport, DeferredModel, DocqaError, build_index, read_documents, seed
from qa.config import BUNDLED_DOCUMENT, Settings
from qa.logs import configure_logging


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Index documents (.txt, .md, .html, .pdf, .docx) for docqa.")
    parser.add_argument("documents", nargs="*", type=Path,
                        help="documents or folders of them to index (default: $DOCQA_DOCUMENTS_DIR or "
                             "instance/documents, created holding the bundled document)")
    parser.add_argument("--index-dir", type=Path, help="where the index lives (default: $DOCQA_INDEX_DIR or instance/index)")
    parser.add_argument("--json", action="store_true", help="print one JSON line with the build's figures")
    args = parser.parse_args(argv)
    # A one-shot process: no cyclic garbage worth collecting, while collections over the millions of
    # objects torch and transformers create cost a second or more (imports, then again at exit).
    gc.disable()
    try:
        report = _build(args)
    except DocqaError as exc:  # a bad setting or document: one line, as `docqa` says it
        print(f"build_index: {exc}", file=sys.stderr)
        return 2
    finally:
        gc.freeze()  # the interpreter's final collection skips frozen objects
    if args.json:
        print(report.to_json())
    else:
        logging.getLogger("build_index").info(
            "index version %s: %d units (%d embedded, %d reused) in %.1f s",
            report.index_version, report.units, report.embedded, report.reused, report.seconds,
        )
    return 0


def _build(args: argparse.Namespace) -> BuildReport:
    """Read the settings and the documents, failing before the model loads, then build."""
    settings = Settings.from_env({"index_dir": args.index_dir} if args.index_dir else None)
    configure_logging(settings)
    if not args.documents:
        seed(settings.documents_dir, BUNDLED_DOCUMENT)
    documents = read_documents(args.documents or [settings.documents_dir], settings.max_document_bytes)
    return build_index(documents, settings.index_dir, DeferredModel(settings.model), settings.max_passage_tokens,
                       settings.min_passage_tokens, reader=settings.reader)


if __name__ == "__main__":
    sys.exit(main())
