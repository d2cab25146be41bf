"""Conversations without a language model: follow-ups detected by rules, resolved against earlier turns.

A follow-up is searched with its own words plus the topic words of the turn before, with a query
vector pulled towards that turn's, and with the passages that answered it as a third ranking.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Protocol, TypeVar

import numpy as np

from qa._text import STOPWORDS, tokens

T = TypeVar("T")

_WORD = re.compile(r"[\w'’-]+")
# Words that point back to something said before.
ANAPHORA = frozenset(
    "it its it's itself they them their theirs themselves this that these those he she him her his "
    "hers such same former latter one's".split()
)
# Openings that continue the previous question rather than start a new one.
CONTINUATIONS = (
    "and ", "but ", "also ", "so ", "then ", "or ", "what about", "how about", "what of", "what else",
    "any other", "anything else", "in that case", "for that",
)
QUESTION_WORDS = frozenset("what which who whom whose when where why how".split())
# Words a follow-up uses to ask about an aspect of whatever was being discussed ("any problems?").
ASPECT_WORDS = frozenset(tokens(
    "problems issues risks dangers downsides drawbacks benefits advantages disadvantages evidence results "
    "effects side safe safety quickly fast slow long often works helps better worse good bad proof "
    "example examples details humans people patients"
))


@dataclass
class Turn:
    """One answered question of a conversation, as later turns need it."""

    question: str
    query: str
    topic: list[str]
    passages: list[str]
    # The query vector as searched (float32); only the latest turn needs it, so stores drop older ones.
    vector: np.ndarray | None = field(repr=False, default=None)
    # Offsets of the sentences the answer quoted, so the next answer can say something new.
    said: list[list[int]] = field(default_factory=list)

    def to_json(self) -> str:
        body = asdict(self)
        body["vector"] = None if self.vector is None else self.vector.tolist()
        return json.dumps(body)

    @classmethod
    def from_json(cls, raw: str | bytes) -> Turn:
        body = json.loads(raw)
        vector = body.pop("vector")
        return cls(**body, vector=None if vector is None else np.asarray(vector, dtype=np.float32))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def has_anaphora(question: str) -> bool:
    lowered = [w.lower() for w in words(question)]
    for i, w in enumerate(lowered):
        if w in ANAPHORA:
            # "that" introducing a clause ("the claim that ketamine...") is no reference back.
            if w == "that" and i + 1 < len(lowered) and lowered[i + 1] not in QUESTION_WORDS and \
                    i > 0 and lowered[i - 1] not in ("is", "was", "are", "were", "does", "did", "do", "of", "about"):
                continue
            return True
    return False


def is_continuation(question: str) -> bool:
    """Starts like "and ...?" / "what about ...?", or is a fragment ("How quickly?", "Any problems?")."""
    text = question.strip().lower()
    if text.startswith(CONTINUATIONS):
        return True
    all_words = words(text)
    content = [w for w in all_words if w not in STOPWORDS and w not in QUESTION_WORDS]
    return len(all_words) <= 2 or (len(content) <= 2 and all_words[0] not in QUESTION_WORDS)


# "the results", "the long-term effects": a definite noun phrase that nothing after it pins down
# ("the role of glutamate" is pinned down; "the FDA" is a name) points back at the conversation.
_BARE_DEFINITE = re.compile(
    r"\bthe\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s*[?.!,]?\s*(?:$|\?|"
    r"(?:is|are|was|were|be|been|known|work|works|worked|last|lasts|help|helps|find|found|show|shows|"
    r"showed|say|says|said|mean|means|suggest|suggests|last|differ|differs|compare|safe|effective|"
    r"common|reliable|significant|better|worse)\b))"
)
_NOT_REFERRING = frozenset("first last most best same other following same".split())


def has_bare_definite(question: str) -> bool:
    for match in _BARE_DEFINITE.finditer(question):
        if match.group().split()[1].lower() not in _NOT_REFERRING:
            return True
    return False


def needs_context(question: str) -> bool:
    """True when the wording alone shows the question leans on an earlier turn."""
    return has_anaphora(question) or is_continuation(question) or has_bare_definite(question)


def foreign_words(question: str, known: Callable[[str], bool]) -> list[str]:
    """Content stems of the question that neither the documents nor the usual follow-up words contain."""
    return [t for t in tokens(question) if not known(t) and t not in ASPECT_WORDS]


def topic_words(question: str, known: Callable[[str], bool]) -> list[str]:
    """Content words of a question that the documents contain, in order, without repeats."""
    seen: set[str] = set()
    out = []
    for w in words(question):
        stem = tokens(w)
        if stem and known(stem[0]) and stem[0] not in seen and w.lower() not in QUESTION_WORDS:
            seen.add(stem[0])
            out.append(w)
    return out


def standalone(question: str, topic: list[str]) -> str:
    """The question as understood: a pronoun replaced by the topic, else the topic added as context."""
    if not topic:
        return question
    head = max(topic, key=lambda w: (w[:1].isupper(), len(w)))
    if has_anaphora(question):
        replaced, n = re.subn(
            r"\b(it|they|them|this|that|these|those)\b(?!\s+(?:is|was|are|were)\b\s*\?)",
            head, question, count=1, flags=re.IGNORECASE,
        )
        if n == 0:
            replaced, n = re.subn(r"\b(its|their)\b", f"{head}'s", question, count=1, flags=re.IGNORECASE)
        if n and len(topic) == 1:
            return replaced
    rest = [w for w in topic if w.lower() not in question.lower()]
    return f"{question.rstrip()} (context: {', '.join(rest)})" if rest else question


class StoreUnavailable(Exception):
    """The conversation store cannot be reached (down, hung or refusing); the request may be retried later."""


class ConversationStore(Protocol):
    """Where conversations live: in this process by default, in Redis when several processes share."""

    def get(self, cid: str) -> list[Turn] | None: ...
    def append(self, cid: str, turn: Turn) -> None: ...
    def delete(self, cid: str) -> bool: ...


def new_id() -> str:
    return uuid.uuid4().hex


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
            # Older turns' vectors are never read again; dropping them keeps a conversation small.
            turns = [replace(t, vector=None) for t in turns[-(self.max_turns - 1):]] if self.max_turns > 1 else []
            self._items[cid] = (now, turns + [turn])
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

        def write() -> None:
            with self._redis.pipeline() as pipe:
                pipe.rpush(key, turn.to_json()).ltrim(key, -self.max_turns, -1).expire(key, self.ttl)
                pipe.execute()

        self._call(write)

    def delete(self, cid: str) -> bool:
        return bool(self._call(lambda: self._redis.delete(self.prefix + cid)))
