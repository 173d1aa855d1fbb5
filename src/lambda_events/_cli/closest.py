"""Which source an event comes closest to, for `lambda-events inspect` to explain a detection that failed or
that picked a source the event fits badly (an SQS record whose `eventSource` is mistyped as `"aws:sns"`)."""

from __future__ import annotations

import re
from typing import Any, NamedTuple, Optional

import lambda_events
from lambda_events.helpers._decoding import is_list, is_object
from lambda_events.helpers.detection import EVENT_SOURCE_TYPE_NAMES
from lambda_events.helpers.validation import ValidationProblem, find_event_problems

__all__ = ["Closest", "closest_source", "not_an_object"]


class Closest(NamedTuple):
    """The source whose type an event fails in the fewest ways."""

    source: str
    """The source id."""
    type_name: str
    """Its event type."""
    problems: list[ValidationProblem]
    """The ways the event fails that type (none when it matches it)."""

    def __str__(self) -> str:
        if not self.problems:
            return f"it matches {self.type_name} (source {self.source}) exactly"
        count = len(self.problems)
        first = self.problems[0]
        more = f" and {count - 1} more" if count > 1 else ""
        return f"closest is {self.source} ({self.type_name}), failing only {first}{more}"


def closest_source(event: Any, *, instead_of: Optional[object] = None) -> Optional[Closest]:
    """The source whose type `event` (an object) fails in the fewest ways; with `instead_of` (a type), only
    one it fails in fewer ways than that type. Only types whose top level the event matches are close:
    one it fails at its root or at a key of its root is left out.

    Batches are compared by their first item only (each top-level list cut to one), so that the ~80 checks
    cost little however large the batch: the problems then describe that first item."""
    sample = _first_items(event)
    fewer_than = len(find_event_problems(sample, instead_of)) if instead_of is not None else None
    if fewer_than == 0:
        return None
    best: Optional[Closest] = None
    for source, type_name in EVENT_SOURCE_TYPE_NAMES.items():
        problems = find_event_problems(sample, getattr(lambda_events, type_name))
        if not problems:
            return Closest(source, type_name, problems)
        if any(_at_top_level(problem.path) for problem in problems):
            continue
        if best is None or len(problems) < len(best.problems):
            best = Closest(source, type_name, problems)
    if best is None or (fewer_than is not None and len(best.problems) >= fewer_than):
        return None
    return best


def _first_items(event: Any) -> Any:
    """`event` with each list at its top level cut to its first item."""
    if not is_object(event):
        return event
    return {key: value[:1] if is_list(value) else value for key, value in event.items()}


def _at_top_level(path: str) -> bool:
    """Whether the JSON path is the root (`$`) or a key of it (`$.Records`, `$["a b"]`)."""
    return path == "$" or re.fullmatch(r"\$(\.\w+|\[\"(?:[^\"\\]|\\.)*\"\])", path) is not None


def not_an_object(event: Any) -> Optional[str]:
    """Why `event` cannot be an event of most sources when it is not a JSON object (`None` when it is one)."""
    if isinstance(event, dict):
        return None
    kinds: tuple[tuple[type[Any], str], ...] = (
        (list, "an array"),
        (str, "a string"),
        (bool, "a boolean"),
        (int, "a number"),
        (float, "a number"),
    )
    kind = next((name for python_type, name in kinds if isinstance(event, python_type)), "null")
    return f"not a JSON object (it is {kind})"
