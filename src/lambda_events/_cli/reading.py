"""How `lambda-events inspect` reads an event's text: from regular files only (a device, a FIFO or a directory
is refused without being read, even behind a symlink), from standard input, never more than a size limit, as
UTF-8 with or without a byte order mark."""

from __future__ import annotations

import os
import stat
from typing import BinaryIO, Optional

__all__ = ["DEFAULT_MAX_INPUT_SIZE", "ReadError", "read_file", "read_stream"]

DEFAULT_MAX_INPUT_SIZE = 16 * 1024 * 1024
"""The largest event text read by default (16 MiB): well above the largest payload Lambda delivers (6 MB for
a synchronous invocation). `--max-size` raises it."""


class ReadError(OSError):
    """The event text cannot be read: missing, not a regular file, too large, or not UTF-8."""


def read_file(path: str, max_size: int) -> str:
    """The text of the regular file at `path`, at most `max_size` bytes; `ReadError` otherwise."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below).
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise ReadError(f"cannot read {path}: {error.strerror or error}") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise ReadError(f"cannot read {path}: not a regular file ({_kind(mode)})")
    with os.fdopen(descriptor, "rb") as file:
        return _decode(_read_bounded(file, path, max_size), path)


def read_stream(stream: Optional[BinaryIO], max_size: int) -> str:
    """The text of standard input (`stream`, `None` when it is closed), at most `max_size` bytes."""
    if stream is None:
        raise ReadError("cannot read standard input: it is closed")
    return _decode(_read_bounded(stream, "standard input", max_size), "standard input")


def _read_bounded(file: BinaryIO, label: str, max_size: int) -> bytes:
    try:
        data = file.read(max_size + 1)
    except OSError as error:
        raise ReadError(f"cannot read {label}: {error.strerror or error}") from None
    if len(data) > max_size:
        raise ReadError(f"{label} is larger than {max_size} bytes (--max-size raises the limit)")
    return data


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(f"cannot read {label}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def _kind(mode: int) -> str:
    kinds = {stat.S_ISDIR: "a directory", stat.S_ISFIFO: "a FIFO", stat.S_ISCHR: "a character device"}
    return next((name for test, name in kinds.items() if test(mode)), "not a file of data")
