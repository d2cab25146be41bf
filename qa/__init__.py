"""Retrieval and answers: hybrid search over an index version and cited answers composed from it."""

from qa._answer import Answer, Citation, Span
from qa._assistant import Assistant
from qa._stores import StoreUnavailable
from qa.config import Settings

__all__ = ["Answer", "Assistant", "Citation", "Settings", "Span", "StoreUnavailable"]
