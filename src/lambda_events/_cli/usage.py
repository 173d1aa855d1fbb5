"""Bad input to `lambda-events`, and the names it accepts with the closest ones suggested."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import lambda_events
from lambda_events.eventbridge import EVENTBRIDGE_EVENT_TYPES
from lambda_events.helpers.detection import EVENT_SOURCE_TYPE_NAMES

__all__ = ["UsageError", "resolve_type", "type_names", "unknown"]


class UsageError(Exception):
    """Bad input: reported as one line on standard error, with exit status 2."""


def unknown(what: str, name: str, known: list[str], *, also: Sequence[str] = ()) -> UsageError:
    """The error for a `name` that is not one of `known`, suggesting the closest: names of either kind equal to
    it but for case (and a `Dict` suffix), else names that contain it (ignoring case), else names that differ
    from it by a few characters; failing those, the closest of `also` (names of another kind that are accepted
    in the same place)."""
    same = [candidate for candidate in [*known, *also] if candidate.lower() in (name.lower(), f"{name.lower()}dict")]
    close = same or _closest(name, known) or _closest(name, also)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return UsageError(f"unknown {what} {name!r}{hint}")


def _closest(name: str, known: Sequence[str]) -> list[str]:
    lowered = {candidate.lower(): candidate for candidate in known}
    close = [candidate for key, candidate in lowered.items() if name.lower() in key][:3]
    if close:
        return close
    return [lowered[key] for key in difflib.get_close_matches(name.lower(), list(lowered), n=3, cutoff=0.75)]


def type_names() -> list[str]:
    """Every public type an event or response can be checked against, then every AWS service's EventBridge
    event type."""
    return [*(name for name in lambda_events.__all__ if name.endswith("Dict")), *EVENTBRIDGE_EVENT_TYPES]


def resolve_type(name: str) -> str:
    """The type `name` stands for: a public type name (`SQSEventDict`) or a source id (`sqs`); `UsageError`
    suggesting the closest names of the kind `name` looks like otherwise."""
    by_source: dict[str, str] = {source: type_name for source, type_name in EVENT_SOURCE_TYPE_NAMES.items()}
    if name in by_source:
        return by_source[name]
    names = type_names()
    if name in names:
        return name
    if name in lambda_events.__all__:
        hint = "pass a type name (SQSEventDict...) or a source id"
        raise UsageError(f"{name!r} is not an event or response type: {hint}")
    if name[:1].isupper():
        raise unknown("type name", name, names, also=list(by_source))
    raise unknown("source id", name, list(by_source), also=names)
