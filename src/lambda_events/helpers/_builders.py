"""What the response builders share: compact JSON, and reading a required string from an event."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from lambda_events.helpers.errors import EventDecodeError


def compact_json(value: Any, default: Callable[[Any], Any] | None = None) -> str:
    """`value` as JSON without spaces; `default` converts what `json` cannot, as in `json.dumps`."""
    return json.dumps(value, separators=(",", ":"), default=default)


def required_string(event: Mapping[str, Any], key: str) -> str:
    """`event[key]`, or `EventDecodeError` naming `key` when it is absent or not a string."""
    value = event.get(key)
    if not isinstance(value, str):
        raise EventDecodeError(key, "missing" if value is None else f"expected str, got {type(value).__name__}")
    return value
