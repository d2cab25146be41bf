"""Two `docqa serve` replicas on one index folder and one Redis, behind the README's haproxy configuration.

    python bench/replicas.py [--conversations 20] [--rebuilds 3] [--index-dir DIR]

Figures: conversations alternating between the replicas that lose their context; seconds until both
replicas serve a rebuild; failed requests when one replica gets SIGTERM under load; the index version when
it starts again; what a new question and a follow-up get while the Redis they share is down.
tests/test_replicas.py runs the same with fewer of each.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import scratch  # noqa: E402
from qa.config import ROOT  # noqa: E402
from bench.support import BIN  # noqa: E402
from bench.support.replicas import (alternating_conversations, cluster, rebuilds, redis_outage,  # noqa: E402
                                    restart, shared_limit, sigterm_under_load)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--rebuilds", type=int, default=3)
    parser.add_argument("--index-dir", type=Path, help="an index to copy (default: build one)")
    args = parser.parse_args()
    index_dir = scratch("docqa-replicas-index-") / "index"
    if args.index_dir:
        shutil.copytree(args.index_dir, index_dir)
    else:
        subprocess.run([str(BIN / "python"), "build_index.py", "--index-dir", str(index_dir)], cwd=ROOT, check=True,
                       capture_output=True)
    report: dict[str, object] = {}
    with cluster(index_dir) as c:
        report["alternating conversations"] = alternating_conversations(c, args.conversations)
        report["rebuild served by both replicas, s"] = rebuilds(c, args.rebuilds)
        report["X-RateLimit-Remaining, alternating replicas"] = shared_limit(c)
        report["SIGTERM to one replica under 8 clients"] = sigterm_under_load(c)
        report["the stopped replica started again: index versions"] = restart(c)
        report["the shared Redis stopped: [status, code] through the balancer"] = redis_outage(c)
    print(json.dumps(report, indent=2))
    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()
