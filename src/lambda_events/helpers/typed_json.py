"""Typed results for the JSON decoders: the `JSONValue` alias.

Every JSON decoder (`decode_sqs_json`, `decode_json_body`, `decode_kinesis_json` ...) returns `Any` when called
as before. Two keyword arguments give a typed result instead:

- `as_json=True` returns the same document typed as `JSONValue`, which a type checker narrows with
  `isinstance` (a `dict` becomes `dict[str, JSONValue]`, never "partially unknown"). It costs nothing: what
  `json.loads` returns is a `JSONValue`.
- `type=OrderDict` (a TypedDict class) returns the document typed as `OrderDict` after checking it with
  `find_event_problems`: a key missing, undeclared or of the wrong type raises `EventDecodeError`. The first
  use of a TypedDict compiles a plan for it; each check then costs time linear in the document's size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from typing_extensions import TypeAlias

__all__ = ["JSONValue"]

JSONValue: TypeAlias = Union[None, bool, int, float, str, list["JSONValue"], dict[str, "JSONValue"]]
"""Any JSON document as Python's `json` module parses it: `None`, `bool`, `int`, `float`, `str`, a list of
JSON values, or a dict of them by `str` key.

Narrow it with `isinstance`: `if isinstance(value, dict):` gives `dict[str, JSONValue]`, whose items are
`JSONValue` again. The JSON decoders return it when called with `as_json=True`."""
