"""Logging set-up shared by every entry point: one line per event on stderr."""

from __future__ import annotations

import logging
import os

from qa.config import Settings


def configure_logging(settings: Settings) -> None:
    """Configure the root logger once; quiet the chatty libraries the model pulls in."""
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("sentence_transformers", "transformers", "urllib3", "filelock", "huggingface_hub", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
