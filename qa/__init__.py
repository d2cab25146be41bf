"""Retrieval and answers: hybrid search over an index version and cited answers composed from it."""

from qa._answer import Answer, Citation, Span
from qa._assistant import Assistant
from qa._stores import MemoryStore, RedisStore, StoreUnavailable
from qa._tuning import Tuning
from qa.config import Settings

__all__ = ["Answer", "Assistant", "Citation", "MemoryStore", "RedisStore", "Settings", "Span", "StoreUnavailable",
           "Tuning"]
