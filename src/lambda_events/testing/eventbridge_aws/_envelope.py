"""The parts every factory of `lambda_events.testing.eventbridge_aws` shares: the envelope, and the check of
an argument against a documented closed set."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
    from lambda_events.testing._scenario import Scenario

__all__ = ["aws_event_envelope", "check_one_of"]


def aws_event_envelope(scene: Scenario, resources: Sequence[str]) -> EventBridgeEnvelopeDict:
    """The keys of an event that do not depend on its producer, from the scenario's account, Region and time;
    the factory adds `source`, `detail-type` and `detail`."""
    return {
        "version": "0",
        "id": scene.uuid(),
        "account": scene.account,
        "time": scene.iso(fraction=False),
        "region": scene.region,
        "resources": list(resources),
    }


def check_one_of(argument: str, value: object, allowed: Collection[object]) -> None:
    """Raise `ValueError` naming `argument` when `value` is not one of `allowed` (a documented closed set)."""
    if value not in allowed:
        choices = ", ".join(repr(choice) for choice in allowed)
        raise ValueError(f"{argument}: expected one of {choices}, got {value!r}")
