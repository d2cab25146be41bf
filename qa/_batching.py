"""Encoding questions that arrive together in one model call, and remembering recent ones.

One forward pass over 16 short questions costs little more than over one, so under load the
requests in flight share a batch. A lone request never waits: the batch closes as soon as every
request in flight that has yet to bring its question has joined it, or after `max_wait` seconds at most.
(Waiting for every request in flight instead held each batch to the deadline while most of them were
past their encoding, searching: 16 clients got 10 to 17% fewer answers a second, bench/perf.py.)
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager

import numpy as np


class QuestionEncoder:
    """Thread-safe, batching, caching front of an `encode(texts) -> vectors` function."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray], max_wait: float = 0.004,
                 max_batch: int = 32, cache_size: int = 4096, idle: float = 1.0) -> None:
        self._encode = encode
        self.max_wait, self.max_batch, self.cache_size = max_wait, max_batch, cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._pending: list[tuple[str, Future[np.ndarray]]] = []
        self._cond = threading.Condition()
        # Requests in flight whose question has not come yet: a batch waits for these, not for requests already
        # past their encoding (a follow-up's second text is not waited for either).
        self._expected = 0
        self._owed = threading.local()  # how many of `_expected` are this thread's requests
        # The worker holds the encoder only while it works, so an encoder nobody uses any more is freed (with
        # the model its `encode` holds) and its thread ends within `idle` seconds.
        threading.Thread(target=_work, args=(weakref.ref(self), idle), name="docqa-encoder", daemon=True).start()

    @contextmanager
    def request(self) -> Iterator[None]:
        """Mark a request in flight, so a batch waits for its question rather than closing early."""
        with self._cond:
            self._expected += 1
            self._owed.n = getattr(self._owed, "n", 0) + 1
        try:
            yield
        finally:
            with self._cond:
                if self._owed.n:  # it asked nothing to encode (small talk, an error)
                    self._owed.n -= 1
                    self._expected -= 1
                    self._cond.notify_all()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors of `texts`, from the cache or from a shared batch."""
        futures: list[Future[np.ndarray]] = []
        with self._cond:
            self._expected -= getattr(self._owed, "n", 0)
            self._owed.n = 0
            for text in texts:
                future: Future[np.ndarray] = Future()
                cached = self._cache.get(text)
                if cached is not None:
                    self._cache.move_to_end(text)
                    future.set_result(cached)
                else:
                    self._pending.append((text, future))
                futures.append(future)
            self._cond.notify_all()
        return np.stack([f.result() for f in futures])

    def _take_batch(self, idle: float) -> list[tuple[str, Future[np.ndarray]]]:
        """The next batch, or an empty one when no question came for `idle` seconds."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._pending, idle):
                return []
            deadline = time.monotonic() + self.max_wait
            # Wait for the requests in flight to bring their questions, but never past the deadline.
            while self._expected and len(self._pending) < self.max_batch:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
            return batch

    def _serve(self, batch: list[tuple[str, Future[np.ndarray]]]) -> None:
        """Encode a batch in one model call, keep its vectors, and hand each request its own."""
        texts = list(dict.fromkeys(text for text, _ in batch))
        try:
            vectors = dict(zip(texts, self._encode(texts)))
        except Exception as exc:  # hand the failure to every waiting request
            for _, future in batch:
                future.set_exception(exc)
            return
        with self._cond:
            for text, vector in vectors.items():
                self._cache[text] = vector
                self._cache.move_to_end(text)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        for text, future in batch:
            future.set_result(vectors[text])


def _work(ref: weakref.ReferenceType[QuestionEncoder], idle: float) -> None:
    """Serve the encoder's batches until it is gone."""
    while (encoder := ref()) is not None:
        batch = encoder._take_batch(idle)
        if batch:
            encoder._serve(batch)
        del encoder, batch  # between batches only the weak reference remains
