"""The one implementation of the JSON decoders' typed forms (`as_json=True`, `type=SomeTypedDict`): the
arguments' checks, and the check of a document against a TypedDict with `find_event_problems`."""

from __future__ import annotations

from typing import Any, Optional, TypeVar

from lambda_events.helpers._arguments import bool_argument, typeddict_argument
from lambda_events.helpers.errors import EventDecodeError

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
