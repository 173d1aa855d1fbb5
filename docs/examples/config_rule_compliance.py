"""An AWS Config custom rule: EC2 instances must have
the instance type the rule's parameters name."""

from __future__ import annotations

from lambda_events import (
    AWSConfigRuleEventDict,
    LambdaContext,
    decode_config_invoking_event,
    decode_config_rule_parameters,
)


def handler(event: AWSConfigRuleEventDict, context: LambdaContext) -> dict[str, str] | None:
    """The evaluation to report with `PutEvaluations`
    (and the event's `resultToken`), or `None` for none.

    `messageType` tells which of the three invoking events it is, and narrows the union to it.
    """
    invoking_event = decode_config_invoking_event(event)
    if invoking_event["messageType"] != "ConfigurationItemChangeNotification":
        return None  # periodic runs and oversized items are left out of this rule
    item = invoking_event["configurationItem"]
    if event["eventLeftScope"] or item["configurationItemStatus"] in (
        "ResourceDeleted",
        "ResourceNotRecorded",
    ):
        compliance = "NOT_APPLICABLE"
    else:
        desired = decode_config_rule_parameters(event).get("desiredInstanceType")
        configuration = item["configuration"] or {}
        compliance = (
            "COMPLIANT" if configuration.get("instanceType") == desired else "NON_COMPLIANT"
        )
    return {
        "ComplianceResourceType": item["resourceType"],
        "ComplianceResourceId": item["resourceId"],
        "ComplianceType": compliance,
        "OrderingTimestamp": item["configurationItemCaptureTime"],
    }
