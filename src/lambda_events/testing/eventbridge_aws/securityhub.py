"""Test events of AWS Security Hub (`aws.securityhub`): findings imported, findings and insight results sent
to a custom action."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, get_args

from lambda_events.eventbridge.aws.securityhub import SecurityHubSeverityLabel
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, partition_of
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.securityhub import (
        SecurityHubFindingDict,
        SecurityHubFindingsCustomActionEventDict,
        SecurityHubFindingsImportedEventDict,
        SecurityHubInsightResultsEventDict,
    )

__all__ = [
    "securityhub_findings_custom_action_event",
    "securityhub_findings_imported_event",
    "securityhub_insight_results_event",
]

_NORMALIZED = {"INFORMATIONAL": 0, "LOW": 1, "MEDIUM": 40, "HIGH": 70, "CRITICAL": 90}


def _control_finding(
    scene: Scenario, control: str, bucket: str, severity: SecurityHubSeverityLabel
) -> SecurityHubFindingDict:
    """A failed check of the Security Hub control `control` on the S3 bucket `bucket`."""
    finding_id = scene.arn("securityhub", f"security-control/{control}/finding/{scene.uuid()}")
    product = f"arn:{partition_of(scene.region)}:securityhub:{scene.region}::product/aws/securityhub"
    return {
        "SchemaVersion": "2018-10-08",
        "Id": finding_id,
        "ProductArn": product,
        "ProductName": "Security Hub",
        "CompanyName": "AWS",
        "Region": scene.region,
        "GeneratorId": f"security-control/{control}",
        "AwsAccountId": scene.account,
        "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
        "FirstObservedAt": scene.iso(-86_400_000),
        "LastObservedAt": scene.iso(),
        "CreatedAt": scene.iso(-86_400_000),
        "UpdatedAt": scene.iso(),
        "Severity": {"Label": severity, "Normalized": _NORMALIZED[severity], "Original": severity},
        "Title": f"{control} check failed",
        "Description": f"The bucket {bucket} does not pass the {control} control check.",
        "Remediation": {
            "Recommendation": {
                "Text": "For information on how to correct this issue, consult the AWS Security Hub controls "
                "documentation.",
                "Url": f"https://docs.aws.amazon.com/console/securityhub/{control}/remediation",
            }
        },
        "ProductFields": {
            "aws/securityhub/ProductName": "Security Hub",
            "aws/securityhub/CompanyName": "AWS",
            "aws/securityhub/FindingId": f"{product}/{finding_id}",
        },
        "Resources": [
            {
                "Type": "AwsS3Bucket",
                "Id": f"arn:{partition_of(scene.region)}:s3:::{bucket}",
                "Partition": partition_of(scene.region),
                "Region": scene.region,
            }
        ],
        "Compliance": {"Status": "FAILED", "SecurityControlId": control},
        "Workflow": {"Status": "NEW"},
        "RecordState": "ACTIVE",
    }


def securityhub_findings_imported_event(
    *,
    control: str = "S3.8",
    bucket: str = "example-bucket",
    severity: SecurityHubSeverityLabel = "HIGH",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SecurityHubFindingsImportedEventDict:
    """Security Hub imported a failed check of the control `control` on `bucket`, of `severity` (one of
    `SecurityHubSeverityLabel`; `ValueError` otherwise)."""
    check_one_of("severity", severity, get_args(SecurityHubSeverityLabel))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    finding = _control_finding(scene, control, bucket, severity)
    return {
        **aws_event_envelope(scene, [f"{finding['ProductArn']}/{finding['Id']}"]),
        "source": "aws.securityhub",
        "detail-type": "Security Hub Findings - Imported",
        "detail": {"findings": [finding]},
    }


def securityhub_findings_custom_action_event(
    *,
    action: str = "SendToSlack",
    control: str = "S3.8",
    bucket: str = "example-bucket",
    severity: SecurityHubSeverityLabel = "HIGH",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SecurityHubFindingsCustomActionEventDict:
    """A user sent a failed check of `control` on `bucket` to the custom action `action`."""
    check_one_of("severity", severity, get_args(SecurityHubSeverityLabel))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("securityhub", f"action/custom/{action}")]),
        "source": "aws.securityhub",
        "detail-type": "Security Hub Findings - Custom Action",
        "detail": {
            "actionName": action,
            "actionDescription": f"{action} custom action",
            "findings": [_control_finding(scene, control, bucket, severity)],
        },
    }


def securityhub_insight_results_event(
    *,
    action: str = "SendToSlack",
    results: Optional[dict[str, int]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SecurityHubInsightResultsEventDict:
    """A user sent the results of a managed insight (findings per IAM user) to the custom action `action`;
    `results` maps each user name to its number of findings."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    counts = results if results is not None else {"ops-admin": 7, "ci-deployer": 1}
    return {
        **aws_event_envelope(scene, [scene.arn("securityhub", f"action/custom/{action}")]),
        "source": "aws.securityhub",
        "detail-type": "Security Hub Insight Results",
        "detail": {
            "actionName": action,
            "actionDescription": f"{action} custom action",
            "insightName": "AWS users with the most suspicious activity",
            "insightArn": f"arn:{partition_of(region)}:securityhub:::insight/securityhub/default/9",
            "resultType": "ResourceAwsIamAccessKeyUserName",
            "insightResults": [{name: count} for name, count in counts.items()],
        },
    }
