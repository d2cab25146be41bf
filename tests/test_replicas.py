"""Replicas for real: Redis, two `docqa serve` on one index folder, and Debian's haproxy with the README's configuration."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.support.replicas import alternating_conversations, cluster, rebuilds, shared_limit, sigterm_under_load


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("haproxy") and shutil.which("redis-server")),
                    reason="needs haproxy and redis-server")
def test_two_replicas_behind_haproxy(index_dir: Path) -> None:
    with cluster(index_dir) as replicas:
        conversations = alternating_conversations(replicas, 6)
        assert conversations["lost contexts"] == 0, conversations
        assert conversations["asks served by each replica"] == [6, 6]  # round robin: every follow-up changed replica
        assert all(seconds <= 2 for seconds in rebuilds(replicas, 1))
        remaining = shared_limit(replicas)
        assert remaining == list(range(remaining[0], remaining[0] - len(remaining), -1)), remaining
        stopped = sigterm_under_load(replicas, seconds=6)
        assert stopped["failed"] == 0 and stopped["after the SIGTERM"] > 0, stopped
        assert stopped["stopped replica's exit status"] == 0
