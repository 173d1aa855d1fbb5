"""How many bytes `lambda-events inspect` may still decompress: a small payload can hold gigabytes of gzip
(layer after layer), so decompression draws on a budget per event, itself drawn from a budget per run."""

from __future__ import annotations

__all__ = ["DEFAULT_MAX_DECODED_PER_EVENT", "DEFAULT_MAX_DECODED_PER_RUN", "Budget"]

DEFAULT_MAX_DECODED_PER_EVENT = 16 * 1024 * 1024
"""Bytes decompressed at most for one event by default (16 MiB); `--max-decoded` changes it."""
DEFAULT_MAX_DECODED_PER_RUN = 64 * 1024 * 1024
"""Bytes decompressed at most over every event of one run by default (64 MiB); `--max-decoded-total`."""


class Budget:
    """A number of bytes that decompression may still produce."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        """The bytes the budget started with."""
        self.left = limit
        """The bytes still available."""
        self.exhausted = False
        """Whether something was left undecoded because the budget ran out."""

    def spend(self, size: int) -> None:
        """Count `size` bytes as produced (never below zero left)."""
        self.left = max(0, self.left - size)

    def refuse(self) -> str:
        """Note that a payload is left undecoded, and say why."""
        self.exhausted = True
        limits = "--max-decoded and --max-decoded-total raise it"
        return f"not decompressed: it would exceed the budget of {self.limit} decoded bytes ({limits})"
