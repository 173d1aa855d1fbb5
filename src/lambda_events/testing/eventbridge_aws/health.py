"""Test events of AWS Health (`aws.health`): events that concern the account, and abuse reports."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.health import (
        AWSHealthAbuseEventDict,
        AWSHealthDetailDict,
        AWSHealthEventDict,
    )

__all__ = ["aws_health_abuse_event", "aws_health_event"]

HealthStatus = Literal["open", "closed", "upcoming"]
"""The status of a Health event."""


def _health_time(moment: datetime) -> str:
    """A time as Health writes it: `Fri, 17 May 2024 08:40:00 GMT`."""
    return format_datetime(moment.replace(microsecond=0), usegmt=True)


def _detail(scene: Scenario, service: str, code: str, status: HealthStatus, entities: list[str]) -> AWSHealthDetailDict:
    """The detail of a Health event with every key the current schema describes."""
    detail: AWSHealthDetailDict = {
        "eventArn": f"arn:aws:health:{scene.region}::event/{service}/{code}/{code}_{scene.uuid()}",
        "service": service,
        "eventTypeCode": code,
        "eventTypeCategory": "issue",
        "eventScopeCode": "ACCOUNT_SPECIFIC",
        "communicationId": f"{scene.hex(40)}-1",
        "startTime": _health_time(scene.at(-45 * 60 * 1000)),
        "lastUpdatedTime": _health_time(scene.at()),
        "statusCode": status,
        "eventRegion": scene.region,
        "eventDescription": [{"language": "en_US", "latestDescription": f"{code.replace('_', ' ').title()}."}],
        "affectedEntities": [{"entityValue": entity} for entity in entities],
        "affectedAccount": scene.account,
        "page": "1",
        "totalPages": "1",
    }
    if status == "closed":
        detail["endTime"] = _health_time(scene.at())
    return detail


def aws_health_event(
    *,
    service: str = "EC2",
    event_type_code: str = "AWS_EC2_OPERATIONAL_ISSUE",
    status: HealthStatus = "open",
    affected_entities: tuple[str, ...] = (),
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AWSHealthEventDict:
    """An account-specific Health issue of `service` (`event_type_code`) in `status` (`open`, `closed`,
    `upcoming`), affecting `affected_entities` (one new instance id by default)."""
    check_one_of("status", status, get_args(HealthStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    entities = list(affected_entities) or [f"i-{scene.hex(17)}"]
    return {
        **aws_event_envelope(scene, entities),
        "source": "aws.health",
        "detail-type": "AWS Health Event",
        "detail": _detail(scene, service, event_type_code, status, entities),
    }


def aws_health_abuse_event(
    *,
    event_type_code: str = "AWS_ABUSE_DOS_REPORT",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AWSHealthAbuseEventDict:
    """AWS received an abuse report (`event_type_code`) about an instance of the account."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = scene.arn("ec2", f"instance/i-{scene.hex(17)}")
    return {
        **aws_event_envelope(scene, [instance]),
        "source": "aws.health",
        "detail-type": "AWS Health Abuse Event",
        "detail": _detail(scene, "ABUSE", event_type_code, "open", [instance]),
    }
