"""Replicas for real: Redis, two `docqa serve` on one index folder, and Debian's haproxy with the README's configuration."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.support.replicas import (alternating_conversations, cluster, rebuilds, redis_outage, restart, shared_limit,
                                    sigterm_under_load)


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
        # Started again as the README starts it, the replica indexes the documents folder, as edited: no change.
        restarted = restart(replicas)
        assert len(set(restarted.values())) == 1, restarted
        # The Redis both share goes down: neither is ready, yet a new question through the balancer is answered.
        outage = redis_outage(replicas)
        assert outage == {"new question": [200, "conversation_store_unavailable"],
                          "follow-up": [503, "conversation_store_unavailable"]}, outage
