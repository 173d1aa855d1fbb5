"""An AWS Config custom rule that checks EC2 instance types against the rule's `desiredInstanceType`."""

from __future__ import annotations

import json
from typing import cast

from lambda_events import AWSConfigInvokingEventDict, AWSConfigRuleEventDict


def put_evaluation(result_token: str, resource_type: str, resource_id: str, compliance: str, time: str) -> None:
    """Pretend to call `PutEvaluations`."""


def handler(event: AWSConfigRuleEventDict, context: object) -> None:
    """Evaluate the changed resource and report its compliance."""
    invoking_event = cast(AWSConfigInvokingEventDict, json.loads(event["invokingEvent"]))
    parameters: dict[str, str] = json.loads(event.get("ruleParameters", "{}"))
    if invoking_event["messageType"] == "ScheduledNotification":
        print(f"periodic run for account {invoking_event['awsAccountId']}")
        return
    if invoking_event["messageType"] == "OversizedConfigurationItemChangeNotification":
        summary = invoking_event["configurationItemSummary"]
        print(f"{summary['resourceId']} changed; fetch it with GetResourceConfigHistory")
        return
    item = invoking_event["configurationItem"]
    if event["eventLeftScope"] or item["configurationItemStatus"] == "ResourceDeleted" or item["configuration"] is None:
        compliance = "NOT_APPLICABLE"
    elif item["configuration"].get("instanceType") == parameters.get("desiredInstanceType"):
        compliance = "COMPLIANT"
    else:
        compliance = "NON_COMPLIANT"
    changes = invoking_event["configurationItemDiff"]
    if changes is not None:
        print(sorted(changes["changedProperties"]))
    put_evaluation(
        event["resultToken"], item["resourceType"], item["resourceId"], compliance, item["configurationItemCaptureTime"]
    )
