"""Test events of Amazon Inspector (`aws.inspector2`): a package vulnerability finding on an EC2 instance."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, partition_of
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of
from lambda_events.testing.eventbridge_aws._times import us_time

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.inspector2 import (
        Inspector2CoverageEventDict,
        Inspector2FindingEventDict,
        Inspector2ScanEventDict,
    )

__all__ = ["inspector2_coverage_event", "inspector2_finding_event", "inspector2_scan_event"]

Severity = Literal["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL", "UNTRIAGED"]
"""A finding's severity."""
Status = Literal["ACTIVE", "SUPPRESSED", "CLOSED"]
"""A finding's status."""



def inspector2_finding_event(
    *,
    vulnerability_id: str = "CVE-2023-38545",
    package: str = "curl",
    severity: Severity = "HIGH",
    status: Status = "ACTIVE",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> Inspector2FindingEventDict:
    """The package `package` of an EC2 instance has the vulnerability `vulnerability_id`; `severity` and
    `status` from the API's closed sets (`ValueError` otherwise)."""
    check_one_of("severity", severity, get_args(Severity))
    check_one_of("status", status, get_args(Status))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = f"i-{scene.hex(17)}"
    seen = us_time(scene.at(), comma_after_year=True)
    return {
        **aws_event_envelope(scene, [instance]),
        "source": "aws.inspector2",
        "detail-type": "Inspector2 Finding",
        "detail": {
            "awsAccountId": account,
            "findingArn": scene.arn("inspector2", f"finding/{scene.hex(32)}"),
            "type": "PACKAGE_VULNERABILITY",
            "title": f"{vulnerability_id} - {package}",
            "description": f"A vulnerability in {package} allows a remote attacker to corrupt memory.",
            "severity": severity,
            "status": status,
            "firstObservedAt": seen,
            "lastObservedAt": seen,
            "updatedAt": seen,
            "inspectorScore": 7.5,
            "packageVulnerabilityDetails": {
                "vulnerabilityId": vulnerability_id,
                "source": "NVD",
                "sourceUrl": f"https://nvd.nist.gov/vuln/detail/{vulnerability_id}",
                "cvss": [
                    {
                        "baseScore": 7.5,
                        "scoringVector": "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H",
                        "source": "NVD",
                        "version": "3.1",
                    }
                ],
                "referenceUrls": [],
                "vulnerablePackages": [
                    {"name": package, "version": "8.0.1", "release": "1.amzn2023", "arch": "X86_64", "epoch": 0,
                     "packageManager": "OS", "fixedInVersion": "0:8.4.0-1.amzn2023"}
                ],
            },
            "remediation": {"recommendation": {"text": f"Update {package} to the fixed version."}},
            "resources": [
                {
                    "type": "AWS_EC2_INSTANCE",
                    "id": instance,
                    "partition": partition_of(region),
                    "region": region,
                    "details": {
                        "awsEc2Instance": {
                            "imageId": f"ami-{scene.hex(17)}",
                            "ipV4Addresses": [f"10.0.{scene.rng.randrange(0, 255)}.{scene.rng.randrange(1, 255)}"],
                            "ipV6Addresses": [],
                            "launchedAt": us_time(scene.at(-7 * 86_400_000), comma_after_year=True),
                            "platform": "AMAZON_LINUX_2023",
                            "subnetId": f"subnet-{scene.hex(17)}",
                            "type": "t3.micro",
                            "vpcId": f"vpc-{scene.hex(17)}",
                        }
                    },
                }
            ],
            "fixAvailable": "YES",
            "exploitAvailable": "NO",
        },
    }


def inspector2_coverage_event(
    *,
    repository: str = "orders-api",
    active: bool = True,
    reason: str = "SUCCESSFUL",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> Inspector2CoverageEventDict:
    """Amazon Inspector's scanning of the ECR repository `repository` became `active` (or not), for
    `reason`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("ecr", f"repository/{repository}")]),
        "source": "aws.inspector2",
        "detail-type": "Inspector2 Coverage",
        "detail": {
            "scanStatus": {"reason": reason, "statusCodeValue": "ACTIVE" if active else "INACTIVE"},
            "eventTimestamp": scene.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        },
    }


def inspector2_scan_event(
    *,
    repository: str = "orders-api",
    tags: tuple[str, ...] = ("latest",),
    critical: int = 0,
    high: int = 2,
    medium: int = 5,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> Inspector2ScanEventDict:
    """The first scan of an image of `repository` tagged `tags` completed with `critical`, `high` and
    `medium` findings."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    repository_arn = scene.arn("ecr", f"repository/{repository}")
    return {
        **aws_event_envelope(scene, [repository_arn]),
        "source": "aws.inspector2",
        "detail-type": "Inspector2 Scan",
        "detail": {
            "scan-status": "INITIAL_SCAN_COMPLETE",
            "repository-name": repository_arn,
            "finding-severity-counts": {
                "CRITICAL": critical,
                "HIGH": high,
                "MEDIUM": medium,
                "TOTAL": critical + high + medium,
            },
            "image-digest": f"sha256:{scene.hex(64)}",
            "image-tags": list(tags),
        },
    }
