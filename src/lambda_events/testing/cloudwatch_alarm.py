"""Test events of Amazon CloudWatch alarm actions that invoke a function."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, json_text

if TYPE_CHECKING:
    from lambda_events.types.cloudwatch_alarm import (
        CloudWatchAlarmConfigurationDict,
        CloudWatchAlarmEventDict,
        CloudWatchAlarmStateDict,
        CloudWatchAlarmStateValue,
    )

__all__ = ["cloudwatch_alarm_event"]


def _alarm_state(
    scene: Scenario, value: CloudWatchAlarmStateValue, offset: int, threshold: float
) -> CloudWatchAlarmStateDict:
    compared = "greater than" if value == "ALARM" else "not greater than"
    datapoint = threshold * 2 if value == "ALARM" else threshold / 2
    start = scene.iso(offset - 60_000, suffix="+0000")
    return {
        "value": value,
        "reason": f"Threshold Crossed: 1 out of the last 1 datapoints [{datapoint}] was {compared} the threshold "
        f"({threshold}) (minimum 1 datapoint for transition).",
        "reasonData": json_text(
            {
                "version": "1.0",
                "queryDate": scene.iso(offset, suffix="+0000"),
                "startDate": start,
                "statistic": "Average",
                "period": 60,
                "recentDatapoints": [datapoint],
                "threshold": threshold,
                "evaluatedDatapoints": [{"timestamp": start, "sampleCount": 5.0, "value": datapoint}],
            }
        ),
        "timestamp": scene.iso(offset, suffix="+0000"),
    }


def cloudwatch_alarm_event(
    *,
    alarm: str = "example-high-errors",
    state: CloudWatchAlarmStateValue = "ALARM",
    previous_state: CloudWatchAlarmStateValue = "OK",
    namespace: str = "AWS/Lambda",
    metric: str = "Errors",
    dimensions: Optional[Mapping[str, str]] = None,
    threshold: float = 1.0,
    composite_rule: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudWatchAlarmEventDict:
    """The event an alarm's Lambda action sends when it goes from `previous_state` to `state`: a metric alarm on
    one metric, or a composite alarm when `composite_rule` is given (`ALARM(cpu) OR ALARM(errors)`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    configuration: CloudWatchAlarmConfigurationDict
    if composite_rule is not None:
        configuration = {"alarmRule": composite_rule}
    else:
        configuration = {
            "metrics": [
                {
                    "id": "m" + scene.lower_id(7),
                    "metricStat": {
                        "metric": {"namespace": namespace, "name": metric, "dimensions": dict(dimensions or {})},
                        "period": 60,
                        "stat": "Average",
                    },
                    "returnData": True,
                }
            ]
        }
    return {
        "source": "aws.cloudwatch",
        "alarmArn": scene.arn("cloudwatch", f"alarm:{alarm}"),
        "accountId": account,
        "time": scene.iso(suffix="+0000"),
        "region": region,
        "alarmData": {
            "alarmName": alarm,
            "state": _alarm_state(scene, state, 0, threshold),
            "previousState": _alarm_state(scene, previous_state, -300_000, threshold),
            "configuration": configuration,
        },
    }
