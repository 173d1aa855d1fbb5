"""What the response builders share: compact JSON, base64 text, and the identifiers of a batch's items.

(Reading a required value from an event is decoding: see `_decoding.text_field`.)
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, cast

from lambda_events.helpers.errors import EventDecodeError


def compact_json(value: Any, default: Callable[[Any], Any] | None = None) -> str:
    """`value` as JSON without spaces; `default` converts what `json` cannot, as in `json.dumps`."""
    return json.dumps(value, separators=(",", ":"), default=default)


def base64_from_bytes(data: bytes) -> str:
    """`data` base64-encoded, as text: what a Firehose record's `data` or a binary HTTP body holds."""
    return base64.b64encode(data).decode("ascii")


def item_identifiers(items: Iterable[object], where: str, path: tuple[str, ...]) -> list[str]:
    """The string at `path` inside each of `items` (the records or tasks a response answers), in order.

    Raises `EventDecodeError` naming the first item that lacks one (`records[3].recordId: missing`): the key
    is absent or `null`, the value holding it is not an object, or the value is not a string.
    """
    found: list[str] = []
    for index, item in enumerate(items):
        value: object = item
        for key in path:
            value = cast("Mapping[str, object]", value).get(key) if isinstance(value, Mapping) else None
        if not isinstance(value, str):
            problem = "missing" if value is None else f"expected str, got {type(value).__name__}"
            raise EventDecodeError(f"{where}[{index}].{'.'.join(path)}", problem)
        found.append(value)
    return found
