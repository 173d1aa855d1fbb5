"""Test events of AWS Certificate Manager (`aws.acm`): a certificate nearing its expiry."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, cast

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.acm import ACMCertificateApproachingExpirationEventDict

__all__ = ["acm_certificate_approaching_expiration_event"]


def acm_certificate_approaching_expiration_event(
    *,
    common_name: str = "www.example.com",
    days_to_expiry: int = 30,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ACMCertificateApproachingExpirationEventDict:
    """The certificate for `common_name` expires in `days_to_expiry` days (0 to 45, the longest warning
    window ACM allows; `ValueError` otherwise)."""
    days = cast("object", days_to_expiry)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 45:
        raise ValueError(f"days_to_expiry: expected a whole number of days from 0 to 45, got {days_to_expiry!r}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("acm", f"certificate/{scene.uuid()}")]),
        "source": "aws.acm",
        "detail-type": "ACM Certificate Approaching Expiration",
        "detail": {"DaysToExpiry": days_to_expiry, "CommonName": common_name},
    }
