"""Where conversations live: a bounded in-process store, or Redis shared by several processes."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Protocol, TypeVar

import numpy as np

T = TypeVar("T")


@dataclass
class Turn:
    """One answered question of a conversation, as later turns need it."""

    question: str
    query: str
    topic: list[str]  # the words this turn's question itself named
    passages: list[str]  # passages the answer cited
    # The query vector as searched (float32); only the latest turn needs it, so stores drop older ones.
    vector: np.ndarray | None = field(repr=False, default=None)
    # Offsets of the sentences the answer quoted, so the next answer can say something new.
    said: list[list[int]] = field(default_factory=list)
    # Topic words this turn borrowed from the one before (empty when it stood on its own).
    context: list[str] = field(default_factory=list)
    # Its "it" means what an earlier turn's "it" meant, which no word named: the documents' subject.
    unnamed: bool = False

    def to_json(self) -> str:
        body = asdict(self)
        body["vector"] = None if self.vector is None else self.vector.tolist()
        return json.dumps(body)

    @classmethod
    def from_json(cls, raw: str | bytes) -> Turn:
        body = json.loads(raw)
        vector = body.pop("vector")
        return cls(**body, vector=None if vector is None else np.asarray(vector, dtype=np.float32))


def appended(turns: list[Turn], turn: Turn, max_turns: int) -> list[Turn]:
    """The last `max_turns` turns after `turn`; older turns' vectors are never read again, so they go."""
    kept = [replace(t, vector=None) for t in turns[-(max_turns - 1):]] if max_turns > 1 else []
    return kept + [turn]


class StoreUnavailable(Exception):
    """The conversation store cannot be reached (down, hung or refusing); the request may be retried later."""


def new_id() -> str:
    return uuid.uuid4().hex


class ConversationStore(Protocol):
    """Where conversations live: in this process by default, in Redis when several processes share."""

    def get(self, cid: str) -> list[Turn] | None: ...
    def append(self, cid: str, turn: Turn) -> None: ...
    def delete(self, cid: str) -> bool: ...


class MemoryStore:
    """Bounded in-process store: least recently used conversations go first, idle ones expire."""

    def __init__(self, max_conversations: int, ttl: float, max_turns: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_conversations, self.ttl, self.max_turns, self.clock = max_conversations, ttl, max_turns, clock
        self._items: OrderedDict[str, tuple[float, list[Turn]]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def _expire(self, now: float) -> None:
        while self._items:
            cid, (seen, _) = next(iter(self._items.items()))
            if now - seen < self.ttl:
                break
            del self._items[cid]

    def get(self, cid: str) -> list[Turn] | None:
        with self._lock:
            now = self.clock()
            self._expire(now)
            item = self._items.get(cid)
            if item is None:
                return None
            self._items[cid] = (now, item[1])
            self._items.move_to_end(cid)
            return list(item[1])

    def append(self, cid: str, turn: Turn) -> None:
        with self._lock:
            now = self.clock()
            self._expire(now)
            turns = self._items.pop(cid, (now, []))[1]
            self._items[cid] = (now, appended(turns, turn, self.max_turns))
            while len(self._items) > self.max_conversations:
                self._items.popitem(last=False)

    def delete(self, cid: str) -> bool:
        with self._lock:
            self._expire(self.clock())
            return self._items.pop(cid, None) is not None


class RedisStore:
    """Conversations in Redis, shared by every process pointed at the same server.

    Every call is bounded by `timeout` seconds (connect and reply, no retries): a hung Redis costs a
    request that long, never a worker. After a failure, calls fail at once for `pause` seconds, so that
    an outage costs one request in each pause the timeout rather than every request. Any Redis failure
    is raised as StoreUnavailable.
    """

    def __init__(self, url: str, ttl: float, max_turns: int, prefix: str = "docqa:conversation:",
                 timeout: float = 0.25, pause: float = 1.0) -> None:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        self._redis = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout,
                                           retry=Retry(NoBackoff(), 0))
        self._errors = (redis.RedisError, OSError)
        self.ttl, self.max_turns, self.prefix, self.pause = int(ttl), max_turns, prefix, pause
        self._down_until = 0.0

    def _call(self, action: Callable[[], T], wait: bool = False) -> T:
        if not wait and time.monotonic() < self._down_until:
            raise StoreUnavailable("conversation store unavailable (it failed moments ago)")
        try:
            result = action()
        except self._errors as exc:
            self._down_until = time.monotonic() + self.pause
            raise StoreUnavailable(f"conversation store unavailable: {type(exc).__name__}") from exc
        self._down_until = 0.0
        return result

    def ping(self) -> None:
        """Raise StoreUnavailable unless Redis answers now (whether or not a recent call failed)."""
        self._call(self._redis.ping, wait=True)

    def get(self, cid: str) -> list[Turn] | None:
        key = self.prefix + cid

        def read() -> list[bytes]:
            with self._redis.pipeline() as pipe:
                return pipe.lrange(key, 0, -1).expire(key, self.ttl).execute()[0]

        raw = self._call(read)
        return [Turn.from_json(item) for item in raw] if raw else None

    def append(self, cid: str, turn: Turn) -> None:
        key = self.prefix + cid

        def write(pipe: "redis.client.Pipeline") -> None:  # noqa: F821 (redis is imported lazily)
            # Trimmed as in memory (`appended`), in one transaction that retries if another process wrote.
            turns = [Turn.from_json(item) for item in pipe.lrange(key, 0, -1)]
            pipe.multi()
            pipe.delete(key)
            pipe.rpush(key, *(t.to_json() for t in appended(turns, turn, self.max_turns)))
            pipe.expire(key, self.ttl)

        self._call(lambda: self._redis.transaction(write, key))

    def delete(self, cid: str) -> bool:
        return bool(self._call(lambda: self._redis.delete(self.prefix + cid)))

    def memory(self, cid: str) -> int:
        """Bytes Redis uses for one conversation (0 when it is not there)."""
        return int(self._call(lambda: self._redis.memory_usage(self.prefix + cid)) or 0)
