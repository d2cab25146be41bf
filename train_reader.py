"""Re-create the reader's delta (data/reader/) from SQuAD-format training data: `make train`.

`python train_reader.py [--data FILE] [--out DIR]` trains on every article but the last two, fits how
the reader joins today's score on those two, exports and checks it, and writes metrics.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from index import READER_DELTA
from qa.config import TRAIN_FILE, Settings
from qa.logs import configure_logging


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=TRAIN_FILE,
                        help="SQuAD 2.0-format JSON to train on (never the development files)")
    parser.add_argument("--out", type=Path, default=READER_DELTA, help="where delta.npz, config.json, metrics.json go")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        parser.error(f"{args.data}: no such file")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    configure_logging(Settings.from_env())
    from qa.training import train_reader as train

    metrics = train(args.data, args.out, log=lambda line: print(line, file=sys.stderr, flush=True))
    print(json.dumps({k: v for k, v in metrics.items() if k != "grid"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
