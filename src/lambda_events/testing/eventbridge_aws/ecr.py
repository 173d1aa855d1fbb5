"""Test events of Amazon ECR (`aws.ecr`): image pushes and deletions, basic image scans."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, cast, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.ecr import ECRFindingSeverityCountsDict, ECRImageActionEventDict, ECRImageScanEventDict

__all__ = ["ecr_image_action_event", "ecr_image_scan_event"]

ImageActionType = Literal["PUSH", "DELETE"]
"""What can happen to an image."""
_SEVERITIES = ("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNDEFINED")


def ecr_image_action_event(
    *,
    repository: str = "web-app",
    tag: Optional[str] = "latest",
    action: ImageActionType = "PUSH",
    succeeded: bool = True,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ECRImageActionEventDict:
    """An image of `repository` (tagged `tag`, or untagged with `None`) was pushed or deleted."""
    check_one_of("action", action, get_args(ImageActionType))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event: ECRImageActionEventDict = {
        **aws_event_envelope(scene, []),
        "source": "aws.ecr",
        "detail-type": "ECR Image Action",
        "detail": {
            "result": "SUCCESS" if succeeded else "FAILURE",
            "repository-name": repository,
            "image-digest": "sha256:" + scene.hex(64),
            "action-type": action,
            "manifest-media-type": "application/vnd.docker.distribution.manifest.v2+json",
        },
    }
    if tag is not None:
        event["detail"]["image-tag"] = tag
    return event


def ecr_image_scan_event(
    *,
    repository: str = "web-app",
    tags: tuple[str, ...] = ("latest",),
    findings: Optional[Mapping[str, int]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ECRImageScanEventDict:
    """A basic scan of an image of `repository` completed with `findings` by severity (`{"HIGH": 2}`;
    `ValueError` for another key or a negative count)."""
    counts: dict[str, int] = {}
    for severity, count in (findings if findings is not None else {"MEDIUM": 3, "LOW": 7}).items():
        check_one_of("findings", severity, _SEVERITIES)
        if not (type(count) is int and count >= 0):
            raise ValueError(f"findings: expected a count of 0 or more for {severity}, got {count!r}")
        counts[severity] = count
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("ecr", f"repository/{repository}")]),
        "source": "aws.ecr",
        "detail-type": "ECR Image Scan",
        "detail": {
            "scan-status": "COMPLETE",
            "repository-name": repository,
            "finding-severity-counts": cast("ECRFindingSeverityCountsDict", counts),
            "image-digest": "sha256:" + scene.hex(64),
            "image-tags": list(tags),
        },
    }
