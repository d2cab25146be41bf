"""Errors docqa raises on purpose; callers map them to exit codes or HTTP responses."""

from __future__ import annotations


class DocqaError(Exception):
    """Base of every error docqa raises on purpose."""


class DocumentError(DocqaError):
    """A document cannot be indexed: missing, empty, too large, not UTF-8, unreadable or without text."""


class UnsupportedType(DocumentError):
    """The file's type is not one docqa reads, or its bytes are not what its name says."""


class BadDocumentName(DocumentError):
    """A name the documents folder cannot hold: not a plain file name, or too long."""


class DocumentNotFound(DocumentError):
    """No document of that name in the documents folder."""


class LastDocument(DocumentError):
    """The folder's only document cannot be deleted: an index needs one."""


class IndexUnavailable(DocqaError):
    """No usable index: never built, incomplete or corrupted."""

    hint = "run `python build_index.py` to (re)build it"

    def __str__(self) -> str:
        return f"{super().__str__()}; {self.hint}"


class SettingsError(DocqaError, ValueError):
    """A setting (a DOCQA_* variable or an override) has a value docqa cannot use."""


class TrainedFileError(DocqaError):
    """A file that `make train` writes is missing or damaged."""
