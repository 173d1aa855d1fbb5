"""What `lambda-events inspect` finds out about one event: which source sent it, whether it matches its type
strictly (every problem with its JSON path), and its nested payloads decoded, redacted unless asked not to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, Optional

import lambda_events
from lambda_events._cli.budget import Budget
from lambda_events._cli.closest import Closest, closest_source, not_an_object
from lambda_events._cli.payload_values import Decoded
from lambda_events._cli.payloads import decoded_payloads
from lambda_events.eventbridge import eventbridge_detail_type, eventbridge_type
from lambda_events.helpers.detection import EVENT_SOURCE_TYPE_NAMES, detect_event_source
from lambda_events.helpers.redaction import redact
from lambda_events.helpers.validation import ValidationProblem, find_event_problems

__all__ = ["Inspection", "UndetectedSourceError", "event_type", "inspect_event"]


class UndetectedSourceError(LookupError):
    """The event is none of the sources detection knows, and no type was given."""


class Inspection(NamedTuple):
    """The findings about one event."""

    source: Optional[str]
    """The source detection recognised, or `None`."""
    type_name: str
    """The type the event was checked against: the one given, or the detected source's."""
    problems: list[ValidationProblem]
    """Every way the event fails to match the type; empty when it matches."""
    decoded: list[Decoded]
    """The nested payloads, decoded (and redacted unless redaction was turned off)."""
    closest: Optional[Closest] = None
    """When the event was checked against the detected source's type and fails another source's type in
    fewer ways: that source (the detection probably followed a mistyped marker)."""

    @property
    def valid(self) -> bool:
        """Whether the event matches its type."""
        return not self.problems


def event_type(type_name: str) -> object:
    """The type called `type_name`: a public type of `lambda_events`, or an AWS service's EventBridge event type
    (`EC2InstanceStateChangeEventDict`, from `lambda_events.eventbridge`)."""
    if type_name in lambda_events.__all__:
        return getattr(lambda_events, type_name)
    return eventbridge_type(type_name)


def _source_of(type_name: str) -> Optional[str]:
    """The source whose event type is `type_name` (to decode an event checked against it), if any."""
    return next((source for source, name in EVENT_SOURCE_TYPE_NAMES.items() if name == type_name), None)


def inspect_event(
    event: Any, type_name: Optional[str], budget: Budget, *, duplicates: Sequence[str] = (), redacted: bool = True
) -> Inspection:
    """Detect, check and decode `event` (decompressing no more than `budget` allows). With `type_name` (a public
    type of `lambda_events` or a registered EventBridge event type, already known to exist), check against it
    and decode as its source, whatever detection says. Without it, an EventBridge event of a registered
    `source`/`detail-type` pair is checked against that pair's type (its `detail` too), any other against the
    detected source's type. `duplicates` are the paths of keys that appeared twice in the event's text:
    problems too.

    Raises `UndetectedSourceError` when no type is given and detection does not recognise the event.
    """
    source = detect_event_source(event)
    by_detection = type_name is None
    if type_name is None:
        if source is None:
            reason = not_an_object(event) or str(closest_source(event) or "no source's type fits its top level")
            raise UndetectedSourceError(reason)
        type_name = EVENT_SOURCE_TYPE_NAMES[source]
        if source == "eventbridge":
            type_name = eventbridge_detail_type(event) or type_name
        decode_as: Optional[str] = source
    else:
        detected_type = EVENT_SOURCE_TYPE_NAMES[source] if source is not None else None
        decode_as = source if detected_type == type_name else _source_of(type_name)
    problems = [ValidationProblem(path, "duplicate key (the last value is kept)") for path in duplicates]
    problems += find_event_problems(event, event_type(type_name))
    shown = redact(event) if redacted else event
    decoded = decoded_payloads(shown, decode_as, budget) if decode_as is not None else []
    if redacted:
        decoded = [payload._replace(value=redact(payload.value)) for payload in decoded]
    closest = None
    if problems and by_detection:
        closest = closest_source(event, instead_of=event_type(type_name))
    return Inspection(source, type_name, problems, decoded, closest)
