"""Test events of AWS Config custom rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, json_text

if TYPE_CHECKING:
    from lambda_events.types.aws_config import AWSConfigRuleEventDict

__all__ = ["aws_config_event"]


ConfigMessageType = Literal[
    "ConfigurationItemChangeNotification", "OversizedConfigurationItemChangeNotification", "ScheduledNotification"
]
"""What triggered a Config rule evaluation."""


def _resource_arn(scene: Scenario, resource_type: str, resource_id: str) -> str:
    """The ARN of a resource, with the service named by its type (`AWS::EC2::Instance`: `ec2`)."""
    service = resource_type.split("::")[1].lower() if resource_type.count("::") == 2 else "resource"
    return scene.arn(service, f"{resource_type.rsplit('::', 1)[-1].lower()}/{resource_id}")


def _item_header(scene: Scenario, resource_type: str, resource_id: str, status: str) -> dict[str, Any]:
    """What a configuration item and its summary (in an oversized notification) both say of the resource: its
    identity and the capture of its state, two seconds before the notification."""
    return {
        "configurationItemVersion": "1.3",
        "configurationItemCaptureTime": scene.iso(-2000),
        "configurationStateId": scene.epoch_ms(-2000),
        "awsAccountId": scene.account,
        "configurationItemStatus": status,
        "resourceType": resource_type,
        "resourceId": resource_id,
        "resourceName": None,
        "ARN": _resource_arn(scene, resource_type, resource_id),
        "awsRegion": scene.region,
        "availabilityZone": "Not Applicable",
        "configurationStateMd5Hash": "",
        "resourceCreationTime": scene.iso(-86_400_000),
    }


def aws_config_event(
    *,
    message_type: ConfigMessageType = "ConfigurationItemChangeNotification",
    resource_type: str = "AWS::EC2::Instance",
    resource_id: str = "i-0123456789abcdef0",
    configuration: Optional[Mapping[str, Any]] = None,
    rule_parameters: Optional[Mapping[str, Any]] = None,
    rule: str = "example-rule",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AWSConfigRuleEventDict:
    """An AWS Config custom rule event: a change to the configuration of a resource (its full item, or only a
    summary for an oversized one) or a periodic trigger. `rule_parameters` are sent as JSON text."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    rule_id = f"config-rule-{scene.lower_id(6)}"
    invoking: dict[str, Any]
    if message_type == "ScheduledNotification":
        invoking = {
            "awsAccountId": account,
            "notificationCreationTime": scene.iso(),
            "messageType": "ScheduledNotification",
            "recordVersion": "1.0",
        }
    elif message_type == "OversizedConfigurationItemChangeNotification":
        invoking = {
            "configurationItemSummary": {
                "changeType": "UPDATE",
                **_item_header(scene, resource_type, resource_id, "OK"),
            },
            "messageType": "OversizedConfigurationItemChangeNotification",
            "notificationCreationTime": scene.iso(),
            "recordVersion": "1.0",
        }
    else:
        invoking = {
            "configurationItemDiff": None,
            "configurationItem": {
                "relatedEvents": [],
                "relationships": [],
                "configuration": dict(configuration or {"instanceId": resource_id, "instanceType": "t3.micro"}),
                "supplementaryConfiguration": {},
                "tags": {},
                **_item_header(scene, resource_type, resource_id, "ResourceDiscovered"),
            },
            "notificationCreationTime": scene.iso(),
            "messageType": "ConfigurationItemChangeNotification",
            "recordVersion": "1.3",
        }
    event: AWSConfigRuleEventDict = {
        "version": "1.0",
        "invokingEvent": json_text(invoking),
        "resultToken": scene.base64(600),
        "eventLeftScope": False,
        "executionRoleArn": scene.arn(
            "iam", "role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig", regional=False
        ),
        "configRuleArn": scene.arn("config", f"config-rule/{rule_id}"),
        "configRuleName": rule,
        "configRuleId": rule_id,
        "accountId": account,
        "evaluationMode": "DETECTIVE",
    }
    if rule_parameters is not None:
        event["ruleParameters"] = json_text(rule_parameters)
    return event
