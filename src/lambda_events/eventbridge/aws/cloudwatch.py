"""Amazon CloudWatch events (`source` `aws.cloudwatch`): an alarm changed state.

Authority: the CloudWatch User Guide, "Alarm events and EventBridge" (the state-change event of metric,
metric math and composite alarms). Its `detail` is the same document an alarm's Lambda action carries in
`alarmData`, so it reuses `lambda_events.types.cloudwatch_alarm` rather than describing the alarm twice.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict
from lambda_events.types.cloudwatch_alarm import CloudWatchAlarmDataDict

__all__ = [
    "CloudWatchAlarmStateChangeDetailDict",
    "CloudWatchAlarmStateChangeEventDict",
]

EVENTS = {
    "CloudWatchAlarmStateChangeEventDict": ("aws.cloudwatch", "CloudWatch Alarm State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- CloudWatch Alarm State Change ---------------------------------------------------------------------------------

class CloudWatchAlarmStateChangeDetailDict(CloudWatchAlarmDataDict):
    """The `detail` of `CloudWatch Alarm State Change`: `alarmName`, `state`, `previousState` and
    `configuration`, the keys of the `alarmData` of an alarm's Lambda action (`CloudWatchAlarmDataDict`,
    documented there)."""


_CloudWatchAlarmStateChangeRouting = TypedDict(
    "_CloudWatchAlarmStateChangeRouting",
    {"detail-type": Literal["CloudWatch Alarm State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CloudWatch Alarm State Change`.
"""


class CloudWatchAlarmStateChangeEventDict(_CloudWatchAlarmStateChangeRouting, EventBridgeEnvelopeDict):
    """CloudWatch sends it when an alarm (metric, metric math or composite) changes state; `resources` holds the
    alarm's ARN."""

    source: Literal["aws.cloudwatch"]
    """Always `aws.cloudwatch`."""
    detail: CloudWatchAlarmStateChangeDetailDict
    """The alarm, the state it entered and the state it left, and its configuration."""
