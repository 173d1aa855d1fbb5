"""The Lambda action of the rule `SELECT temperature, humidity,
topic() AS topic FROM 'sensors/+/telemetry'`: the event is exactly
what the statement selects, declared once as a TypedDict."""

from typing import TypedDict

from lambda_events import IoTRuleEventDict


class TelemetryDict(TypedDict):
    """The fields the rule's statement selects."""

    temperature: float
    humidity: float
    topic: str


TelemetryEventDict = IoTRuleEventDict[TelemetryDict]
"""The rule's event: exactly `TelemetryDict` (`find_event_problems` accepts it too)."""


def handler(event: TelemetryEventDict, context: object) -> str:
    sensor = event["topic"].split("/")[1]
    return f"{sensor}: {event['temperature']:.1f} °C, {event['humidity']:.0f} %"
