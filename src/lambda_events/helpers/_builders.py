"""What the response builders share: compact JSON, base64 text, and the identifiers of a batch's items.

(Reading a required value from an event is decoding: see `_decoding.text_field`.)
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast

from lambda_events.helpers._arguments import callable_argument, items_argument
from lambda_events.helpers.errors import EventDecodeError


def compact_json(value: Any, default: Callable[[Any], Any] | None = None, name: str = "value") -> str:
    """`value` as JSON without spaces; `default` converts what `json` cannot, as in `json.dumps`.

    Only real JSON comes out: `ValueError` for NaN or an infinity (which `json.dumps` would write as the
    non-JSON `NaN` / `Infinity`), a circular reference or nesting too deep to serialize; `TypeError` naming
    `name` for a value `json` cannot serialize (and `default` does not convert).
    """
    callable_argument(default, "default")
    try:
        return json.dumps(value, separators=(",", ":"), default=default, allow_nan=False)
    except RecursionError as error:
        raise ValueError(f"{name} is nested too deeply to serialize as JSON") from error
    except TypeError as error:
        raise TypeError(f"{name} is not JSON serializable: {error}") from error
    except ValueError as error:  # NaN, Infinity, a circular reference
        raise ValueError(f"{name} cannot be written as JSON: {error}") from error


def base64_from_bytes(data: bytes) -> str:
    """`data` base64-encoded, as text: what a Firehose record's `data` or a binary HTTP body holds.

    Raises `TypeError` unless `data` is `bytes` (or a `bytearray` or `memoryview`).
    """
    given = cast(object, data)
    if not isinstance(given, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, got {type(given).__name__}")
    return base64.b64encode(data).decode("ascii")


def item_identifiers(items: Iterable[object], where: str, path: tuple[str, ...]) -> list[str]:
    """The string at `path` inside each of `items` (the records or tasks a response answers), in order.

    Raises `EventDecodeError` naming the first item that lacks one (`records[3].recordId: missing`): the key
    is absent or `null`, the value holding it is not an object, or the value is not a string.
    """
    found: list[str] = []
    for index, item in enumerate(items_argument(items, where)):
        value: object = item
        for key in path:
            value = cast("Mapping[str, object]", value).get(key) if isinstance(value, Mapping) else None
        if not isinstance(value, str):
            problem = "missing" if value is None else f"expected str, got {type(value).__name__}"
            raise EventDecodeError(f"{where}[{index}].{'.'.join(path)}", problem)
        found.append(value)
    return found
