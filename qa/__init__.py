"""Retrieval and answers: hybrid search over an index version and cited answers composed from it."""

from qa._answer import MAX_ANSWER_CHARS, Answer, Citation, Span
from qa._assistant import Assistant
from qa._stores import MemoryStore, RedisStore, StoreUnavailable
from qa._tuning import Tuning
from qa.config import Settings

__all__ = ["MAX_ANSWER_CHARS", "Answer", "Assistant", "Citation", "MemoryStore", "RedisStore", "Settings", "Span",
           "StoreUnavailable", "Tuning"]
