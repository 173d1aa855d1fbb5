"""Test events of AWS IoT rules: the message of a rule's error action (a rule's Lambda action sends your own
query's output, which a test builds as a plain dict)."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, Union

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.iot_rule import IoTRuleActionFailureDict, IoTRuleErrorActionEventDict

__all__ = ["iot_rule_error_action_event"]


def iot_rule_error_action_event(
    *,
    payload: Union[bytes, Any] = None,
    rule: str = "StoreTelemetry",
    topic: str = "sensors/sensor-17/telemetry",
    client_id: Optional[str] = "sensor-17",
    failed_actions: Sequence[str] = ("S3Action",),
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> IoTRuleErrorActionEventDict:
    """The message a rule's error action sends when `failed_actions` failed on a message of `payload` (bytes
    as they are, anything else as JSON; default `{"temperature": 21.5}`) published to `topic`.

    Raises `ValueError` when `failed_actions` is empty or `topic` is empty.
    """
    if not failed_actions:
        raise ValueError("failed_actions must name at least one action")
    if not topic:
        raise ValueError("topic must not be empty")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    raw = payload if isinstance(payload, bytes) else json.dumps({"temperature": 21.5} if payload is None else payload)
    data = raw if isinstance(raw, bytes) else raw.encode()
    failures: list[IoTRuleActionFailureDict] = [
        {
            "failedAction": action,
            "failedResource": f"{rule.lower()}-target-{index}",
            "errorMessage": f"Failed to run {action}: the target does not exist.",
        }
        for index, action in enumerate(failed_actions)
    ]
    event: IoTRuleErrorActionEventDict = {
        "ruleName": rule,
        "topic": topic,
        "cloudwatchTraceId": scene.uuid(),
        "base64OriginalPayload": base64.b64encode(data).decode(),
        "failures": failures,
    }
    if client_id is not None:
        event["clientId"] = client_id
    return event
