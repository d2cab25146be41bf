"""Logging set-up shared by every entry point: one line per event on stderr."""

from __future__ import annotations

import logging
import os
import re
import sys

from qa.config import Settings


# Characters that could forge a log line or hide text in a terminal: C0 and C1 controls, line separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """`text` with every control character written as an escape (`\\x0a`), so it stays on its line."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}",
                        text)


class EscapingFormatter(logging.Formatter):
    """Escapes the string fields of each record (paths, names, messages of errors), not its format."""

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple):
            record.args = tuple(printable(a) if isinstance(a, str) else a for a in record.args)
        return super().format(record)


def configure_logging(settings: Settings) -> None:
    """Configure the root logger once; quiet the chatty libraries the model pulls in."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(EscapingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=settings.log_level.upper(), handlers=[handler])
    for noisy in ("sentence_transformers", "transformers", "urllib3", "filelock", "huggingface_hub", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
