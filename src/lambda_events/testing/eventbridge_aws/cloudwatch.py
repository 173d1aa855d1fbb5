"""Test events of Amazon CloudWatch (`aws.cloudwatch`): an alarm changed state."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.cloudwatch_alarm import cloudwatch_alarm_event
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of
from lambda_events.types.cloudwatch_alarm import CloudWatchAlarmStateValue

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.cloudwatch import CloudWatchAlarmStateChangeEventDict

__all__ = ["cloudwatch_alarm_state_change_event"]


def cloudwatch_alarm_state_change_event(
    *,
    alarm: str = "example-high-errors",
    state: CloudWatchAlarmStateValue = "ALARM",
    previous_state: CloudWatchAlarmStateValue = "OK",
    composite_rule: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudWatchAlarmStateChangeEventDict:
    """The alarm `alarm` went from `previous_state` to `state` (`OK`, `ALARM`, `INSUFFICIENT_DATA`): a metric
    alarm on Lambda errors, or a composite alarm when `composite_rule` is given. The `detail` is the
    `alarmData` of `lambda_events.testing.cloudwatch_alarm_event`, as AWS sends the same document."""
    check_one_of("state", state, get_args(CloudWatchAlarmStateValue))
    check_one_of("previous_state", previous_state, get_args(CloudWatchAlarmStateValue))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    action_event = cloudwatch_alarm_event(
        alarm=alarm,
        state=state,
        previous_state=previous_state,
        composite_rule=composite_rule,
        **scene.factory_arguments(),
    )
    return {
        **aws_event_envelope(scene, [action_event["alarmArn"]]),
        "source": "aws.cloudwatch",
        "detail-type": "CloudWatch Alarm State Change",
        "detail": action_event["alarmData"],
    }
