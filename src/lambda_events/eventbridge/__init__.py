"""AWS services' own EventBridge events, typed: which one an event is, and a `TypeIs` guard per event type.

`eventbridge_detail_type(event)` names the event type of a known `source`/`detail-type` pair
(`"EC2InstanceStateChangeEventDict"`), and `is_ec2_instance_state_change_event(event)` narrows `event` to
`lambda_events.eventbridge.aws.ec2.EC2InstanceStateChangeEventDict`. Both are one dict lookup on those two
keys; this module imports the event types for type checkers only, so importing it creates no TypedDict.
`detect_event_source` keeps answering `"eventbridge"` for all of these events.

Conventions (every service module follows them; `ec2` is the model):

- **Module.** `src/lambda_events/eventbridge/aws/<service>.py`, named after `source` without `aws.`,
  lower-case, `-` → `_` (`aws.ec2` → `ec2`). The CloudTrail records (`AWS API Call via CloudTrail` and
  `AWS Console Sign In via CloudTrail`, any source) are in `cloudtrail.py`. A module imports only
  `typing`, `lambda_events._typing`, `lambda_events._eventbridge_envelope` and, where a detail embeds a
  CloudTrail record, `lambda_events.eventbridge.aws.cloudtrail`. Its docstring names the documentation
  pages it was written from.
- **Names.** Per detail-type, the detail-type in CamelCase with the service prefix AWS uses, plus
  `DetailDict` for the `detail` and `EventDict` for the whole event (`EC2InstanceStateChangeDetailDict`,
  `EC2InstanceStateChangeEventDict`). Sub-structures: the same prefix plus `Dict`. Closed sets of values
  that several keys share: a public `Literal` alias named without `Dict` (`EC2InstanceState`).
- **Event.** A functional TypedDict `_<Name>Routing` holding `detail-type` as a one-value `Literal`,
  documented in the string under it, and the class `<Name>EventDict(_<Name>Routing,
  EventBridgeEnvelopeDict)` declaring `source` (a one-value `Literal`; plain `str` only for a detail-type
  any source sends) and `detail`. Because `source` and `detail-type` are `Literal`s, a union of events
  narrows on either key under mypy and pyright strict.
- **Keys.** Every key has a docstring. Keys that are not identifiers go in a functional base
  `_<Name>HyphenatedKeys` whose docstring lists each in backquotes. A key is required only when the
  service's documentation says it is always sent (or every documented example and sample has it);
  otherwise `NotRequired`, with the evidence in its docstring. `Optional` only where `null` is documented
  or shown. A `Literal` only for a set the documentation closes (say where); otherwise `str`, naming the
  known values in the docstring.
- **Registry.** `__all__` is a literal list; `EVENTS` is a literal dict, alias → (`source`, `detail-type`),
  `source` `None` for "any source", with a docstring. `scripts/generate_eventbridge.py` (`make
  eventbridge`; `--check` runs in `make test`) reads it and writes the lookup tables and guards below, the
  factory index of `lambda_events.testing.eventbridge_aws`, and the table of `docs/eventbridge/index.md`.
  Never edit those generated blocks by hand.
- **Factory.** `src/lambda_events/testing/eventbridge_aws/<service>.py`, one per service module: per alias
  a factory named after it in snake_case (`ec2_instance_state_change_event`), keyword-only arguments a
  test author cares about with realistic defaults, `region`, `account`, `seed`, `at` like every factory
  (`lambda_events.testing._scenario`), the envelope from `eventbridge_aws._envelope.aws_event`, and a
  `ValueError` naming the argument for a value outside a documented closed set. With no arguments but
  `seed` and `at` it must return a valid, deterministic event (the tests call every factory that way).
- **Fixtures.** `tests/events/eventbridge_aws/<service>/`, with a `fixtures.json` mapping each file to its
  alias. Every sample of `../shared/events/eventbridge-aws/AWSSampleEvents.json` whose pair is registered is
  a fixture: copied unchanged (`"origin": "shared/events/eventbridge-aws/AWSSampleEvents.json[<index>]"`),
  or, when it holds placeholders, one fixture per documented variant (`"origin": "derived from
  shared/events/eventbridge-aws/AWSSampleEvents.json[<index>]: <what was replaced and why>"`). Documented
  variants no sample shows: `"origin": "written from AWS documentation (<page>)"`. The tests check that
  every registered alias has a fixture and every sample of a registered pair is covered.
- **Docs.** A page per service group in `docs/eventbridge/`, listed in `mkdocs.yml`, with a complete
  handler example in `docs/examples/eventbridge_<service>.py` run by `tests/test_docs_examples.py`.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Optional, cast

if TYPE_CHECKING:
    if sys.version_info >= (3, 13):
        from typing import TypeIs
    else:
        from typing_extensions import TypeIs


def eventbridge_detail_type(event: object) -> Optional[str]:
    """The name of the event type registered for `event`'s `source` and `detail-type`
    (`"EC2InstanceStateChangeEventDict"`), or `None` when `event` is not a mapping, either key is missing or
    not a string, or the pair is not one this package types. It reads those two keys only, never raises,
    and does not check the rest of the event (`find_event_problems` does)."""
    if not isinstance(event, Mapping):
        return None
    mapping = cast("Mapping[str, object]", event)
    detail_type = mapping.get("detail-type")
    source = mapping.get("source")
    if not isinstance(detail_type, str) or not isinstance(source, str):
        return None
    return _ALIAS_BY_SOURCE_AND_DETAIL_TYPE.get((source, detail_type)) or _ALIAS_BY_DETAIL_TYPE_OF_ANY_SOURCE.get(
        detail_type
    )


# --- begin generated (scripts/generate_eventbridge.py) ---
if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.ec2 import (
        EBSSnapshotNotificationEventDict,
        EBSVolumeNotificationEventDict,
        EC2InstanceRebalanceRecommendationEventDict,
        EC2InstanceStateChangeEventDict,
        EC2SpotInstanceInterruptionWarningEventDict,
    )

_ALIAS_BY_SOURCE_AND_DETAIL_TYPE: dict[tuple[str, str], str] = {
    ("aws.ec2", "EC2 Instance State-change Notification"): "EC2InstanceStateChangeEventDict",
    ("aws.ec2", "EC2 Spot Instance Interruption Warning"): "EC2SpotInstanceInterruptionWarningEventDict",
    ("aws.ec2", "EC2 Instance Rebalance Recommendation"): "EC2InstanceRebalanceRecommendationEventDict",
    ("aws.ec2", "EBS Snapshot Notification"): "EBSSnapshotNotificationEventDict",
    ("aws.ec2", "EBS Volume Notification"): "EBSVolumeNotificationEventDict",
}

_ALIAS_BY_DETAIL_TYPE_OF_ANY_SOURCE: dict[str, str] = {
}


def is_ec2_instance_state_change_event(event: object) -> TypeIs[EC2InstanceStateChangeEventDict]:
    """Whether `event` is `EC2 Instance State-change Notification` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EC2InstanceStateChangeEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceStateChangeEventDict"


def is_ec2_spot_instance_interruption_warning_event(event: object) -> TypeIs[EC2SpotInstanceInterruptionWarningEventDict]:
    """Whether `event` is `EC2 Spot Instance Interruption Warning` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EC2SpotInstanceInterruptionWarningEventDict`)."""
    return eventbridge_detail_type(event) == "EC2SpotInstanceInterruptionWarningEventDict"


def is_ec2_instance_rebalance_recommendation_event(event: object) -> TypeIs[EC2InstanceRebalanceRecommendationEventDict]:
    """Whether `event` is `EC2 Instance Rebalance Recommendation` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EC2InstanceRebalanceRecommendationEventDict`)."""
    return eventbridge_detail_type(event) == "EC2InstanceRebalanceRecommendationEventDict"


def is_ebs_snapshot_notification_event(event: object) -> TypeIs[EBSSnapshotNotificationEventDict]:
    """Whether `event` is `EBS Snapshot Notification` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EBSSnapshotNotificationEventDict`)."""
    return eventbridge_detail_type(event) == "EBSSnapshotNotificationEventDict"


def is_ebs_volume_notification_event(event: object) -> TypeIs[EBSVolumeNotificationEventDict]:
    """Whether `event` is `EBS Volume Notification` from `aws.ec2`
    (`lambda_events.eventbridge.aws.ec2.EBSVolumeNotificationEventDict`)."""
    return eventbridge_detail_type(event) == "EBSVolumeNotificationEventDict"


__all__ = [
    "eventbridge_detail_type",
    "is_ebs_snapshot_notification_event",
    "is_ebs_volume_notification_event",
    "is_ec2_instance_rebalance_recommendation_event",
    "is_ec2_instance_state_change_event",
    "is_ec2_spot_instance_interruption_warning_event",
]
# --- end generated ---
