"""What `make train` needs of the index stage: the reader's trainable cross-encoder and how it encodes pairs.

A module of its own because it imports torch, which the server never loads.
"""

from index._embedding import resolve_model
from index._reader import pair_batch, pair_tokenizer
from index._reader_model import CrossEncoder

__all__ = ["CrossEncoder", "pair_batch", "pair_tokenizer", "resolve_model"]
