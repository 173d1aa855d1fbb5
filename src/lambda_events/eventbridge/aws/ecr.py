"""Amazon ECR events (`source` `aws.ecr`): image pushes and deletions, and basic image scans.

Authority: the Amazon ECR User Guide ("Amazon ECR events and EventBridge": the event for a completed image
push, an image deletion and a completed image scan).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "ECRFindingSeverityCountsDict",
    "ECRImageActionDetailDict",
    "ECRImageActionEventDict",
    "ECRImageScanDetailDict",
    "ECRImageScanEventDict",
]

EVENTS = {
    "ECRImageActionEventDict": ("aws.ecr", "ECR Image Action"),
    "ECRImageScanEventDict": ("aws.ecr", "ECR Image Scan"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

_ECRImageActionHyphenatedKeys = TypedDict(
    "_ECRImageActionHyphenatedKeys",
    {
        "action-type": Literal["PUSH", "DELETE"],
        "repository-name": str,
        "image-digest": str,
        "image-tag": NotRequired[str],
        "manifest-media-type": NotRequired[str],
        "artifact-media-type": NotRequired[str],
    },
)
"""The keys of the detail, whose names are not Python identifiers.

- `action-type`: `PUSH` or `DELETE`.
- `repository-name`: the repository's name.
- `image-digest`: the image manifest's digest (`sha256:...`).
- `image-tag`: the tag pushed or deleted; absent for an image pushed or deleted without one.
- `manifest-media-type`: the manifest's media type.
- `artifact-media-type`: the artifact's media type (OCI artifacts).
"""


class ECRImageActionDetailDict(_ECRImageActionHyphenatedKeys):
    """The `detail` of `ECR Image Action`; the hyphenated keys are documented on the base above."""

    result: Literal["SUCCESS", "FAILURE"]
    """Whether the push or deletion succeeded."""


class ECRFindingSeverityCountsDict(TypedDict):
    """How many findings of each severity a scan found; a severity with none is absent."""

    CRITICAL: NotRequired[int]
    """Critical findings."""
    HIGH: NotRequired[int]
    """High findings."""
    MEDIUM: NotRequired[int]
    """Medium findings."""
    LOW: NotRequired[int]
    """Low findings."""
    INFORMATIONAL: NotRequired[int]
    """Informational findings."""
    UNDEFINED: NotRequired[int]
    """Findings of undefined severity."""


_ECRImageScanHyphenatedKeys = TypedDict(
    "_ECRImageScanHyphenatedKeys",
    {
        "scan-status": Literal["COMPLETE", "FAILED"],
        "repository-name": str,
        "image-digest": str,
        "image-tags": list[str],
        "finding-severity-counts": NotRequired[ECRFindingSeverityCountsDict],
    },
)
"""The keys of the detail, whose names are not Python identifiers.

- `scan-status`: `COMPLETE` or `FAILED`.
- `repository-name`: the repository's name.
- `image-digest`: the scanned image's digest.
- `image-tags`: the image's tags; may be empty.
- `finding-severity-counts`: how many findings of each severity (a completed scan).
"""


class ECRImageScanDetailDict(_ECRImageScanHyphenatedKeys):
    """The `detail` of `ECR Image Scan` (a basic scan completed); the keys are documented on the base."""


_ECRImageActionRouting = TypedDict(
    "_ECRImageActionRouting",
    {"detail-type": Literal["ECR Image Action"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `ECR Image Action`.
"""


class ECRImageActionEventDict(_ECRImageActionRouting, EventBridgeEnvelopeDict):
    """An image was pushed or deleted; `resources` may be empty."""

    source: Literal["aws.ecr"]
    """Always `aws.ecr`."""
    detail: ECRImageActionDetailDict
    """The event's data."""


_ECRImageScanRouting = TypedDict(
    "_ECRImageScanRouting",
    {"detail-type": Literal["ECR Image Scan"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `ECR Image Scan`.
"""


class ECRImageScanEventDict(_ECRImageScanRouting, EventBridgeEnvelopeDict):
    """A basic image scan completed or failed; `resources` holds the repository's ARN."""

    source: Literal["aws.ecr"]
    """Always `aws.ecr`."""
    detail: ECRImageScanDetailDict
    """The event's data."""
