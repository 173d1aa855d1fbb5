"""Typed results for the JSON decoders: the `JSONValue` alias, and the check behind their `type=` argument.

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

from typing import TYPE_CHECKING, Any, Optional, TypeVar, Union

from lambda_events.helpers._arguments import bool_argument, typeddict_argument
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from typing_extensions import TypeAlias

__all__ = ["JSONValue"]

JSONValue: TypeAlias = Union[None, bool, int, float, str, list["JSONValue"], dict[str, "JSONValue"]]
"""Any JSON document as Python's `json` module parses it: `None`, `bool`, `int`, `float`, `str`, a list of
JSON values, or a dict of them by `str` key.

Narrow it with `isinstance`: `if isinstance(value, dict):` gives `dict[str, JSONValue]`, whose items are
`JSONValue` again. The JSON decoders return it when called with `as_json=True`."""

DocumentT = TypeVar("DocumentT")
"""The TypedDict a decoder's `type=` argument names (the decoders' overloads return it)."""

# How many problems an `EventDecodeError` of a `type=` check lists (the count of the others follows).
_LISTED_PROBLEMS = 5


def typed_document(
    document: Any, where: str, expected_type: object, as_json: object, argument: str = "type"
) -> Any:
    """`document`, which a decoder parsed from the value at `where`, once checked against the decoder's `type=`
    argument (`expected_type`; `None` when not given; `argument` is its name): the arguments' `TypeError`s are
    those of `typed_form`; `EventDecodeError` naming `where` and listing the problems when the document does
    not match the TypedDict.
    """
    if expected_type is None and (as_json is False or as_json is True):  # the untyped call: nothing to check
        return document
    name = typed_form(expected_type, as_json, argument)
    if name is None:
        return document
    from lambda_events.helpers.validation import find_event_problems  # loaded by the first typed call only

    try:
        problems = find_event_problems(document, expected_type)
    except TypeError as error:  # a key's annotation names nothing, or a construct the checker does not know
        raise TypeError(f"{argument} {name} cannot be checked at run time: {error}") from error
    if not problems:
        return document
    listed = "; ".join(str(problem) for problem in problems[:_LISTED_PROBLEMS])
    more = len(problems) - _LISTED_PROBLEMS
    count = f"{len(problems)} problems" if len(problems) > 1 else "1 problem"
    tail = f"; and {more} more" if more > 0 else ""
    raise EventDecodeError(where, f"does not match {name} ({count}): {listed}{tail}")


def typed_form(expected_type: object, as_json: object, argument: str = "type") -> Optional[str]:
    """Check a decoder's `type=` argument (named `argument`) and its `as_json=`: the name of the TypedDict to
    check the document against, or `None` when there is none (`as_json` or neither given).

    `TypeError` naming the argument when it is not a TypedDict class, or `as_json` when it is not a `bool` or
    is `True` with a type.
    """
    if expected_type is None:
        bool_argument(as_json, "as_json")
        return None
    if bool_argument(as_json, "as_json"):
        raise TypeError(f"as_json=True and {argument} cannot be given together: {argument} says what to return")
    return typeddict_argument(expected_type, argument).__name__
