"""Question batching: concurrent questions share one model call, a lone one never waits, results are exact."""

from __future__ import annotations

import threading
import time
import weakref

import numpy as np

from index import Embedder
from qa._batching import QuestionEncoder


def test_results_equal_direct_encoding(embedder: Embedder) -> None:
    encoder = QuestionEncoder(embedder.encode)
    texts = ["What is esketamine?", "How fast does ketamine work?", "What is esketamine?"]
    np.testing.assert_allclose(encoder.encode(texts), embedder.encode(texts), atol=1e-5)


def test_concurrent_requests_share_batches(embedder: Embedder) -> None:
    calls: list[int] = []

    def counted(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return embedder.encode(texts)

    encoder = QuestionEncoder(counted, max_wait=0.5)
    barrier = threading.Barrier(8)
    results: dict[int, np.ndarray] = {}

    def ask(n: int) -> None:
        with encoder.request():
            barrier.wait()
            results[n] = encoder.encode([f"question number {n} about ketamine"])[0]

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(calls) == 8 and len(calls) < 8
    np.testing.assert_allclose(results[3], embedder.encode(["question number 3 about ketamine"])[0], atol=1e-5)


def test_a_lone_request_does_not_wait_for_the_deadline(embedder: Embedder) -> None:
    encoder = QuestionEncoder(embedder.encode, max_wait=5.0)
    with encoder.request():
        started = time.perf_counter()
        encoder.encode(["Who first made ketamine?"])
    assert time.perf_counter() - started < 2.0


def test_a_batch_does_not_wait_for_a_request_past_its_encoding(embedder: Embedder) -> None:
    encoder = QuestionEncoder(embedder.encode, max_wait=5.0)
    encoded, done = threading.Event(), threading.Event()

    def searching() -> None:  # a request that has its vector and is still in flight
        with encoder.request():
            encoder.encode(["How is ketamine given?"])
            encoded.set()
            done.wait(10)

    other = threading.Thread(target=searching)
    other.start()
    encoded.wait(10)
    with encoder.request():
        started = time.perf_counter()
        encoder.encode(["Who first made ketamine?"])
    done.set()
    other.join()
    assert time.perf_counter() - started < 2.0


def test_repeated_questions_come_from_the_cache(embedder: Embedder) -> None:
    calls: list[list[str]] = []
    encoder = QuestionEncoder(lambda texts: (calls.append(texts), embedder.encode(texts))[1], cache_size=2)
    encoder.encode(["a question"])
    encoder.encode(["a question"])
    assert len(calls) == 1
    encoder.encode(["b"])
    encoder.encode(["c"])
    encoder.encode(["a question"])  # evicted: the cache holds two
    assert len(calls) == 4


def test_a_failing_model_call_reaches_the_caller() -> None:
    def broken(texts: list[str]) -> np.ndarray:
        raise RuntimeError("model exploded")

    encoder = QuestionEncoder(broken)
    try:
        encoder.encode(["x"])
    except RuntimeError as exc:
        assert "exploded" in str(exc)
    else:
        raise AssertionError("no error")


def test_an_encoder_nobody_holds_is_freed_and_its_thread_ends() -> None:
    before = set(threading.enumerate())
    encoder = QuestionEncoder(lambda texts: np.ones((len(texts), 2)), idle=0.05)
    assert encoder.encode(["x"]).shape == (1, 2)
    (worker,) = [t for t in threading.enumerate() if t not in before and t.name == "docqa-encoder"]
    gone = weakref.ref(encoder)
    del encoder
    worker.join(timeout=5.0)
    assert gone() is None and not worker.is_alive()
