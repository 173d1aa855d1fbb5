"""IAM Access Analyzer events (`source` `aws.access-analyzer`): an external access finding was created,
updated or deleted.

Authority: the IAM User Guide, "Monitoring AWS Identity and Access Management Access Analyzer with Amazon
EventBridge" (the finding in `detail`, and which keys an error or a deleted finding leaves out); `resources`
holds the analyzer's ARN.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "AccessAnalyzerFindingDetailDict",
    "AccessAnalyzerFindingEventDict",
]

EVENTS = {
    "AccessAnalyzerFindingEventDict": ("aws.access-analyzer", "Access Analyzer Finding"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Access Analyzer Finding ---------------------------------------------------------------------------------------

class AccessAnalyzerFindingDetailDict(TypedDict):
    """The `detail` of `Access Analyzer Finding`."""

    version: str
    """The version of this format (`1.0`)."""
    id: str
    """The finding's id."""
    accountId: str
    """The id of the account that owns the resource."""
    region: str
    """The Region of the resource."""
    status: Literal["ACTIVE", "ARCHIVED", "RESOLVED"]
    """The finding's status: the closed set of the API's `FindingStatus`."""
    isDeleted: bool
    """`true` when the finding was deleted."""
    resourceType: str
    """The resource's type (`AWS::S3::Bucket`, `AWS::IAM::Role`, `AWS::KMS::Key`, ...)."""
    resource: str
    """The resource's ARN."""
    createdAt: str
    """When the finding was created, ISO 8601."""
    analyzedAt: str
    """When the resource was last analysed, ISO 8601."""
    updatedAt: str
    """When the finding was last updated, ISO 8601."""
    principal: NotRequired[dict[str, str]]
    """Who has access (`{"AWS": "111122223333"}`); absent when the analysis failed (`error`)."""
    action: NotRequired[list[str]]
    """The actions the principal may take (`s3:GetObject`); absent when the analysis failed."""
    condition: NotRequired[dict[str, str]]
    """The conditions of the access, by context key; absent when the analysis failed."""
    isPublic: NotRequired[bool]
    """Whether the access is public; absent when the analysis failed."""
    error: NotRequired[str]
    """Why the resource could not be analysed (`ACCESS_DENIED`); only then."""


_AccessAnalyzerFindingRouting = TypedDict(
    "_AccessAnalyzerFindingRouting",
    {"detail-type": Literal["Access Analyzer Finding"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Access Analyzer Finding`.
"""


class AccessAnalyzerFindingEventDict(_AccessAnalyzerFindingRouting, EventBridgeEnvelopeDict):
    """Access Analyzer sends it when it generates a finding, when a finding's status changes, and when a finding
    is deleted."""

    source: Literal["aws.access-analyzer"]
    """Always `aws.access-analyzer`."""
    detail: AccessAnalyzerFindingDetailDict
    """The finding."""
