"""The primitives every decoding helper is built on, so that every helper fails the same way.

Each takes the value to decode and `where`, the path of that value inside the event (`kinesis.data`), and
raises `EventDecodeError(where, problem)` with the original exception chained when the value is malformed.
"""

from __future__ import annotations

import binascii
import json
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from lambda_events.helpers._arguments import int_argument, mapping_argument
from lambda_events.helpers._describe import kind
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    if sys.version_info >= (3, 10):
        from typing import TypeGuard
    else:
        from typing_extensions import TypeGuard

if sys.version_info >= (3, 11):

    def strict_b64decode(value: str) -> bytes:
        """Decode base64, rejecting characters outside the alphabet, bad padding and data after it."""
        return binascii.a2b_base64(value, strict_mode=True)

else:
    import base64

    def strict_b64decode(value: str) -> bytes:
        """Decode base64, rejecting characters outside the alphabet, bad padding and data after it."""
        return base64.b64decode(value, validate=True)


def field(container: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """Return `container[path[0]][path[1]]...`, raising `EventDecodeError` naming the first missing step.

    `container` is the argument a public function received: `TypeError` when it is not a mapping (the one
    rule of `_arguments`). A step is missing when its key is absent or when the value holding it is not an
    object.
    """
    node: Any = mapping_argument(container, "the event or record given")
    for depth, key in enumerate(path):
        try:
            node = node[key]
        except KeyError as error:
            raise EventDecodeError(".".join(path[: depth + 1]), "missing") from error
        except (TypeError, IndexError) as error:
            holder = ".".join(path[:depth])
            raise EventDecodeError(
                ".".join(path[: depth + 1]), f"missing: {holder} is {kind(node)}, not an object"
            ) from error
    return node


def text_field(container: Mapping[str, Any], path: tuple[str, ...]) -> str:
    """Return the string at `path` (see `field`); `EventDecodeError` if it is absent, `null` or not a string."""
    value = field(container, path)
    if not isinstance(value, str):
        raise EventDecodeError(".".join(path), f"expected str, got {kind(value)}")
    return value


def is_object(value: object) -> TypeGuard[Mapping[str, Any]]:
    """Whether `value` is a JSON object: a mapping (a `dict`, checked first because it is quicker)."""
    return type(value) is dict or isinstance(value, Mapping)


def is_list(value: object) -> TypeGuard[list[Any]]:
    """Whether `value` is a JSON array: a `list`."""
    return isinstance(value, list)


def as_object(value: object, where: str) -> Mapping[str, Any]:
    """Return `value` if it is an object (a mapping); `EventDecodeError` naming `where` otherwise."""
    if is_object(value):
        return value
    raise EventDecodeError(where, f"expected an object, got {kind(value)}")


def as_list(value: object, where: str) -> list[Any]:
    """Return `value` if it is a list; `EventDecodeError` naming `where` otherwise."""
    if is_list(value):
        return value
    raise EventDecodeError(where, f"expected a list, got {kind(value)}")


def base64_bytes(value: str, where: str) -> bytes:
    """Decode strict base64: characters outside the alphabet, bad padding or data after it are errors."""
    try:
        return strict_b64decode(value)
    except ValueError as error:  # binascii.Error is a ValueError, and so is a non-ASCII character
        raise EventDecodeError(where, f"invalid base64: {error}") from error


def utf8_text(data: bytes | bytearray, where: str) -> str:
    """Decode strict UTF-8 (no replacement characters, no surrogates)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise EventDecodeError(where, f"invalid UTF-8: {error}") from error


def _not_json_number(text: str) -> Any:
    """`parse_constant` of `json.loads`: `NaN`, `Infinity` and `-Infinity` are not JSON."""
    raise ValueError(f"{text} is not a JSON number (pass allow_nan=True to accept it)")


def _finite_float(text: str) -> float:
    """`parse_float` of `json.loads`: a number too large for a float (`1e999`) would silently become inf."""
    number = float(text)
    if number - number != 0:  # inf - inf is NaN; quicker than math.isfinite's attribute lookup
        raise ValueError(f"{text[:40]} is too large for a float (pass allow_nan=True to accept it as inf)")
    return number


# The parser of strict JSON, built once: `json.loads` with keyword arguments builds a new decoder on every call,
# which costs more than parsing a small document.
_STRICT_JSON = json.JSONDecoder(parse_constant=_not_json_number, parse_float=_finite_float)


def json_value(text: str, where: str, allow_nan: bool = False) -> Any:
    """Parse a JSON document; a document nested too deeply for the parser is an error too.

    `NaN`, `Infinity`, `-Infinity` (which Python's `json` writes but JSON does not have) and numbers too
    large for a float are errors unless `allow_nan`, when they parse as Python's `nan` and `inf`.
    """
    if allow_nan is not True and allow_nan is not False:
        raise TypeError(f"allow_nan must be a bool, got {kind(allow_nan)}")
    try:
        if allow_nan:
            return json.loads(text)
        return _STRICT_JSON.decode(text)
    except (ValueError, RecursionError) as error:  # json.JSONDecodeError is a ValueError
        raise EventDecodeError(where, f"invalid JSON: {error}") from error


def json_object(text: str, where: str) -> dict[str, Any]:
    """Parse a JSON document that must be an object."""
    document = json_value(text, where)
    if isinstance(document, dict):
        return cast("dict[str, Any]", document)
    raise EventDecodeError(where, f"expected a JSON object, got {kind(document)}")


# How much `gunzip_buffer` decompresses (and reads) per step: small beside any `max_size` worth setting (zlib
# holds about three steps at once), large enough that the loop costs nothing measurable (a 64 MiB document is
# 1,024 steps).
_GUNZIP_STEP = 64 * 1024


def gunzip(data: bytes, where: str, max_size: int) -> bytes:
    """`gunzip_buffer` as `bytes` (one copy of the output: for callers that keep the bytes)."""
    return bytes(gunzip_buffer(data, where, max_size))


def gunzip_buffer(data: bytes, where: str, max_size: int) -> bytearray:
    """Decompress a gzip (or zlib) stream, refusing to produce more than `max_size` bytes.

    The output is written in steps of at most 64 KiB into one buffer, pre-sized to the length the gzip
    trailer announces (capped at `max_size`; it is only a hint: a wrong one costs a resize), and a step that
    would take it past `max_size` is refused before it is written. So a "decompression bomb" costs about
    `max_size` bytes of memory before it is rejected, never a second copy, and a real document about its own
    size. Data after the end of the first gzip member is ignored, as `zlib.decompress` does.
    """
    import zlib  # only the CloudWatch Logs helpers decompress: the others need not load it

    max_size = int_argument(max_size, "max_size")
    decompressor = zlib.decompressobj(wbits=47)  # 32 + 15: gzip or zlib header, detected
    announced = int.from_bytes(data[-4:], "little") if data[:2] == b"\x1f\x8b" and len(data) >= 18 else 0
    output = bytearray(min(announced, max_size))
    filled = read = 0
    pending = b""
    try:
        while True:
            if not pending and read < len(data):  # input in slices: the decompressor copies what it leaves over
                pending, read = data[read : read + _GUNZIP_STEP], read + _GUNZIP_STEP
            step = decompressor.decompress(pending, _GUNZIP_STEP)
            if filled + len(step) > max_size:
                raise EventDecodeError(where, f"decompressed data exceeds max_size ({max_size} bytes)")
            output[filled : filled + len(step)] = step  # grows the buffer only past the announced length
            filled += len(step)
            pending = decompressor.unconsumed_tail
            if decompressor.eof or not (pending or step or read < len(data)):
                break
    except zlib.error as error:
        raise EventDecodeError(where, f"invalid gzip: {error}") from error
    if not decompressor.eof:
        raise EventDecodeError(where, "invalid gzip: incomplete or truncated stream")
    del output[filled:]
    return output
