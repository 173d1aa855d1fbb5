"""The forms a nested payload takes once decoded for `lambda-events inspect`, and the decoding of bytes and
strings into them: gzip (within a `Budget`), JSON (at most `MAX_DEPTH` deep, duplicate keys reported), text or
binary data."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, NamedTuple, cast

from lambda_events._cli.budget import Budget
from lambda_events._cli.json_text import JSONTextError, parse_json
from lambda_events.helpers._decoding import gunzip, is_object
from lambda_events.helpers.errors import EventDecodeError

__all__ = ["Decoded", "base64_payload", "classify", "json_payload", "jsonable"]


class Decoded(NamedTuple):
    """One nested payload."""

    path: str
    """Where its encoded form is in the event (`$.Records[0].kinesis.data`)."""
    kind: str
    """What it turned out to be: `json`, `text`, `binary`, `gzip json`, `sns notification`, `s3 event`,
    `dynamodb image`, `cloudwatch logs`, `kafka headers`, or `error` (the value is then the reason)."""
    value: Any
    """The decoded value, as JSON-ready data (binary data as `{"bytes": n, "base64": ...}`)."""


def jsonable(value: Any) -> Any:
    """`value` with what JSON cannot hold made plain: `Decimal` as a number (as text when a float would change
    it), sets as sorted lists, bytes as `{"bytes": n, "base64": ...}`."""
    if is_object(value):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [jsonable(item) for item in cast("Iterable[Any]", value)]
        return items if isinstance(value, (list, tuple)) else sorted(items, key=repr)
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value) if Decimal(repr(float(value))) == value else str(value)
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": len(value), "base64": base64.b64encode(value).decode("ascii")}
    return value


def classify(path: str, data: bytes, budget: Budget, prefix: str = "") -> list[Decoded]:
    """Bytes as what they hold: gzip (decompressed first, within `budget`), JSON, text, or binary."""
    if data[:2] == b"\x1f\x8b":
        if budget.left == 0:
            return [Decoded(path, "error", budget.refuse())]
        try:
            inner = gunzip(data, path, budget.left)
        except EventDecodeError as error:
            return [Decoded(path, "error", budget.refuse() if "max_size" in error.problem else str(error))]
        budget.spend(len(inner))
        return classify(path, inner, budget, "gzip ")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return [Decoded(path, f"{prefix}binary".strip(), jsonable(data))]
    if text.lstrip()[:1] in ("{", "["):
        return _parsed(path, text, f"{prefix}json")
    try:
        return [Decoded(path, f"{prefix}json", json.loads(text))]
    except ValueError:
        return [Decoded(path, f"{prefix}text", text)]


def base64_payload(path: str, value: Any, budget: Budget) -> list[Decoded]:
    """The base64 text at `path`, decoded and classified."""
    if not isinstance(value, str):
        return [Decoded(path, "error", f"expected base64 text, got {type(value).__name__}")]
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError as error:
        return [Decoded(path, "error", f"invalid base64: {error}")]
    return classify(path, data, budget)


def json_payload(path: str, value: Any) -> Iterator[Decoded]:
    """A string holding a JSON object or array (left alone when it is plain text)."""
    if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
        yield from _parsed(path, value, "json")


def _parsed(path: str, text: str, kind: str) -> list[Decoded]:
    """JSON text that should hold an object or array: the value, then an `error` per duplicate key; or the
    reason it cannot be parsed."""
    try:
        parsed = parse_json(text)
    except JSONTextError as error:
        return [Decoded(path, "error", str(error))]
    duplicates = [
        Decoded(path, "error", f"duplicate key at {where} (the last value is kept)") for where in parsed.duplicates
    ]
    return [Decoded(path, kind, parsed.value), *duplicates]
