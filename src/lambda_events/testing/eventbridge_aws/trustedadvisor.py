"""Test events of AWS Trusted Advisor (`aws.trustedadvisor`): a check item's status changed."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.trustedadvisor import TrustedAdvisorCheckItemRefreshEventDict

__all__ = ["trustedadvisor_check_item_refresh_event"]

_STATUSES = ("OK", "WARN", "ERROR")


def trustedadvisor_check_item_refresh_event(
    *,
    status: str = "WARN",
    bucket: str = "example-public-assets",
    region: str = "us-east-1",
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> TrustedAdvisorCheckItemRefreshEventDict:
    """The `Amazon S3 Bucket Permissions` check found `bucket` in `status` (`OK`, `WARN`, `ERROR`;
    `ValueError` otherwise). Trusted Advisor sends its events in `us-east-1`, the default `region`."""
    check_one_of("status", status, _STATUSES)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    flag = {"OK": ("Green", "No"), "WARN": ("Yellow", "No"), "ERROR": ("Red", "Yes")}[status]
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.trustedadvisor",
        "detail-type": "Trusted Advisor Check Item Refresh Notification",
        "detail": {
            "check-name": "Amazon S3 Bucket Permissions",
            "check-item-detail": {
                "Status": flag[0],
                "Region Name": "US East (N. Virginia)",
                "Region API Parameter": "us-east-1",
                "Bucket Name": bucket,
                "Global List Access": flag[1],
                "Global Upload/Delete Access": "No",
            },
            "status": status,
            "resource_id": f"arn:aws:s3:::{bucket}",
            "uuid": scene.uuid(),
        },
    }
