"""Test events of AWS Config (`aws.config`): configuration item changes and rule compliance changes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, get_args

from lambda_events.eventbridge.aws.config import ConfigComplianceType
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of
from lambda_events.testing.aws_config import aws_config_event

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.config import (
        ConfigConfigurationHistoryDeliveryStatusEventDict,
        ConfigConfigurationItemChangeDetailDict,
        ConfigConfigurationItemChangeEventDict,
        ConfigConfigurationSnapshotDeliveryStatusDetailDict,
        ConfigConfigurationSnapshotDeliveryStatusEventDict,
        ConfigEvaluationResultDict,
        ConfigRulesComplianceChangeEventDict,
        ConfigRulesReevaluationStatusEventDict,
    )

__all__ = [
    "config_configuration_history_delivery_status_event",
    "config_configuration_item_change_event",
    "config_configuration_snapshot_delivery_status_event",
    "config_rules_compliance_change_event",
    "config_rules_reevaluation_status_event",
]


def config_configuration_item_change_event(
    *,
    resource_type: str = "AWS::EC2::Instance",
    resource_id: str = "i-0123456789abcdef0",
    configuration: Optional[Mapping[str, Any]] = None,
    oversized: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ConfigConfigurationItemChangeEventDict:
    """AWS Config recorded a change to the resource `resource_id` of type `resource_type`: its configuration
    item, or only a summary when `oversized`. The `detail` is the invoking event of
    `lambda_events.testing.aws_config_event`, as AWS sends the same document."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    rule_event = aws_config_event(
        message_type=(
            "OversizedConfigurationItemChangeNotification" if oversized else "ConfigurationItemChangeNotification"
        ),
        resource_type=resource_type,
        resource_id=resource_id,
        configuration=configuration,
        **scene.factory_arguments(),
    )
    detail: ConfigConfigurationItemChangeDetailDict = json.loads(rule_event["invokingEvent"])
    if detail["messageType"] == "ConfigurationItemChangeNotification":
        arn = detail["configurationItem"]["ARN"]
    else:
        arn = detail["configurationItemSummary"]["ARN"]
    return {
        **aws_event_envelope(scene, [arn]),
        "source": "aws.config",
        "detail-type": "Config Configuration Item Change",
        "detail": detail,
    }


def config_rules_compliance_change_event(
    *,
    rule: str = "s3-bucket-versioning-enabled",
    compliance_type: ConfigComplianceType = "NON_COMPLIANT",
    previous_compliance_type: Optional[ConfigComplianceType] = "COMPLIANT",
    resource_type: str = "AWS::S3::Bucket",
    resource_id: str = "example-bucket",
    annotation: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ConfigRulesComplianceChangeEventDict:
    """The rule `rule` found the resource `compliance_type` (one of `ConfigComplianceType`); the previous
    evaluation, `previous_compliance_type`, is left out when `None` (a first evaluation). `annotation` is
    sent when given."""
    check_one_of("compliance_type", compliance_type, get_args(ConfigComplianceType))
    if previous_compliance_type is not None:
        check_one_of("previous_compliance_type", previous_compliance_type, get_args(ConfigComplianceType))
    scene = Scenario(seed=seed, at=at, region=region, account=account)

    def result(verdict: ConfigComplianceType, offset: int) -> ConfigEvaluationResultDict:
        evaluation: ConfigEvaluationResultDict = {
            "evaluationResultIdentifier": {
                "evaluationResultQualifier": {
                    "configRuleName": rule,
                    "resourceType": resource_type,
                    "resourceId": resource_id,
                    "evaluationMode": "DETECTIVE",
                },
                "orderingTimestamp": scene.iso(offset - 60_000),
            },
            "complianceType": verdict,
            "resultRecordedTime": scene.iso(offset - 1000),
            "configRuleInvokedTime": scene.iso(offset - 3000),
        }
        if annotation is not None and offset == 0:
            evaluation["annotation"] = annotation
        return evaluation

    event: ConfigRulesComplianceChangeEventDict = {
        **aws_event_envelope(scene, []),
        "source": "aws.config",
        "detail-type": "Config Rules Compliance Change",
        "detail": {
            "resourceId": resource_id,
            "resourceType": resource_type,
            "awsRegion": region,
            "awsAccountId": account,
            "configRuleName": rule,
            "configRuleARN": scene.arn("config", f"config-rule/config-rule-{scene.lower_id(6)}"),
            "messageType": "ComplianceChangeNotification",
            "recordVersion": "1.0",
            "notificationCreationTime": scene.iso(),
            "newEvaluationResult": result(compliance_type, 0),
        },
    }
    if previous_compliance_type is not None:
        event["detail"]["oldEvaluationResult"] = result(previous_compliance_type, -86_400_000)
    return event


def config_configuration_history_delivery_status_event(
    *,
    bucket: str = "example-config-bucket",
    resource_type: str = "AWS::EC2::Instance",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ConfigConfigurationHistoryDeliveryStatusEventDict:
    """AWS Config delivered the configuration history of `resource_type` resources to `bucket`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    moment = scene.now.strftime("%Y%m%dT%H%M%SZ")
    day = f"{scene.now.year}/{scene.now.month}/{scene.now.day}"
    key = (
        f"AWSLogs/{account}/Config/{region}/{day}/ConfigHistory/"
        f"{account}_Config_{region}_ConfigHistory_{resource_type}_{moment}_{moment}_1.json.gz"
    )
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.config",
        "detail-type": "Config Configuration History Delivery Status",
        "detail": {
            "recordVersion": "1.1",
            "messageType": "ConfigurationHistoryDeliveryCompleted",
            "s3ObjectKey": key,
            "s3Bucket": bucket,
            "notificationCreationTime": scene.iso(),
        },
    }


def config_configuration_snapshot_delivery_status_event(
    *,
    completed: bool = False,
    bucket: str = "example-config-bucket",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ConfigConfigurationSnapshotDeliveryStatusEventDict:
    """A configuration snapshot's delivery started or, when `completed`, ended with the file in `bucket`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    snapshot = scene.uuid()
    phase = "Completed" if completed else "Started"
    detail: ConfigConfigurationSnapshotDeliveryStatusDetailDict = {
        "recordVersion": "1.1",
        "messageType": f"ConfigurationSnapshotDelivery{phase}",
        "configSnapshotId": snapshot,
        "notificationCreationTime": scene.iso(),
    }
    if completed:
        day = f"{scene.now.year}/{scene.now.month}/{scene.now.day}"
        detail["s3Bucket"] = bucket
        detail["s3ObjectKey"] = (
            f"AWSLogs/{account}/Config/{region}/{day}/ConfigSnapshot/"
            f"{account}_Config_{region}_ConfigSnapshot_{scene.now:%Y%m%dT%H%M%SZ}_{snapshot}.json.gz"
        )
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.config",
        "detail-type": "Config Configuration Snapshot Delivery Status",
        "detail": detail,
    }


def config_rules_reevaluation_status_event(
    *,
    rules: tuple[str, ...] = ("s3-bucket-versioning-enabled",),
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ConfigRulesReevaluationStatusEventDict:
    """A re-evaluation of the rules `rules` started."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.config",
        "detail-type": "Config Rules Re-evaluation Status",
        "detail": {
            "configRuleNames": list(rules),
            "awsRegion": region,
            "awsAccountId": account,
            "recordVersion": "1.0",
            "messageType": "ConfigRulesEvaluationStarted",
            "notificationCreationTime": scene.iso(),
        },
    }
