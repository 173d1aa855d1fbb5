"""Test events of IAM Access Analyzer (`aws.access-analyzer`): external access findings."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, partition_of
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.access_analyzer import AccessAnalyzerFindingEventDict

__all__ = ["access_analyzer_finding_event"]


def access_analyzer_finding_event(
    *,
    bucket: str = "example-shared-reports",
    external_account: str = "999988887777",
    public: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AccessAnalyzerFindingEventDict:
    """The bucket `bucket` lets `external_account` (everyone, when `public`) read its objects."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("access-analyzer", "analyzer/account-analyzer")]),
        "source": "aws.access-analyzer",
        "detail-type": "Access Analyzer Finding",
        "detail": {
            "version": "1.0",
            "id": scene.uuid(),
            "accountId": account,
            "region": region,
            "status": "ACTIVE",
            "isDeleted": False,
            "resourceType": "AWS::S3::Bucket",
            "resource": f"arn:{partition_of(region)}:s3:::{bucket}",
            "createdAt": scene.iso(fraction=False),
            "analyzedAt": scene.iso(fraction=False),
            "updatedAt": scene.iso(fraction=False),
            "principal": {"AWS": "*" if public else external_account},
            "action": ["s3:GetObject"],
            "condition": {},
            "isPublic": public,
        },
    }
