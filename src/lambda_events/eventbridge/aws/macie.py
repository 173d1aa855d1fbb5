"""Amazon Macie events (`source` `aws.macie`): a sensitive data or policy finding was created or updated.

Authority: the Amazon Macie User Guide, "Amazon EventBridge event schema for Macie findings" (the event
carries the finding in `detail`, in the format of the Macie API's `Finding`; Macie publishes new findings at
once and updates of policy findings at the configured frequency) and the API reference for the closed sets.
Policy details (the API call that led to a policy finding) are the JSON object the API reference describes.
"""

from typing import Any, Literal, Optional

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "MacieAccountLevelPermissionsDict",
    "MacieBlockPublicAccessDict",
    "MacieBucketLevelPermissionsDict",
    "MacieBucketPublicAccessDict",
    "MacieClassificationDetailsDict",
    "MacieClassificationResultDict",
    "MacieClassificationStatusDict",
    "MacieCustomDataIdentifiersDict",
    "MacieCustomDetectionDict",
    "MacieDetectionDict",
    "MacieFindingDetailDict",
    "MacieFindingEventDict",
    "MacieOwnerDict",
    "MaciePermissionConfigurationDict",
    "MaciePublicAccessSettingsDict",
    "MacieResourcesAffectedDict",
    "MacieS3BucketDict",
    "MacieS3ObjectDict",
    "MacieSensitiveDataItemDict",
    "MacieServerSideEncryptionDict",
    "MacieSeverityDict",
    "MacieTagDict",
]

EVENTS = {
    "MacieFindingEventDict": ("aws.macie", "Macie Finding"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Macie Finding -------------------------------------------------------------------------------------------------

class MacieSeverityDict(TypedDict):
    """How severe the finding is."""

    score: int
    """The severity score: 1 (low), 2 (medium), 3 (high)."""
    description: Literal["Low", "Medium", "High"]
    """The severity, in words: the closed set of the API's `SeverityDescription`."""


class MacieTagDict(TypedDict):
    """A tag of a bucket or object."""

    key: str
    """The tag's key."""
    value: str
    """The tag's value."""


class MacieOwnerDict(TypedDict):
    """The owner of a bucket."""

    displayName: str
    """The owner's display name."""
    id: str
    """The owner's canonical user id."""


class MacieServerSideEncryptionDict(TypedDict):
    """How a bucket or object is encrypted at rest."""

    encryptionType: str
    """The encryption (`NONE`, `AES256`, `aws:kms`, `aws:kms:dsse`, `UNKNOWN`)."""
    kmsMasterKeyId: NotRequired[str]
    """The ARN or id of the KMS key, for KMS encryption."""


class MaciePublicAccessSettingsDict(TypedDict):
    """Whether an ACL or bucket policy allows public access."""

    allowsPublicReadAccess: bool
    """Whether it allows public reads."""
    allowsPublicWriteAccess: bool
    """Whether it allows public writes."""


class MacieBlockPublicAccessDict(TypedDict):
    """S3 Block Public Access settings."""

    blockPublicAcls: bool
    """Whether new public ACLs are blocked."""
    blockPublicPolicy: bool
    """Whether new public bucket policies are blocked."""
    ignorePublicAcls: bool
    """Whether existing public ACLs are ignored."""
    restrictPublicBuckets: bool
    """Whether access to buckets with public policies is restricted."""


class MacieBucketLevelPermissionsDict(TypedDict):
    """The bucket's own permission settings."""

    accessControlList: Optional[MaciePublicAccessSettingsDict]
    """What the bucket's ACL allows; `null` when unknown."""
    bucketPolicy: Optional[MaciePublicAccessSettingsDict]
    """What the bucket's policy allows; `null` when it has none."""
    blockPublicAccess: MacieBlockPublicAccessDict
    """The bucket's Block Public Access settings."""


class MacieAccountLevelPermissionsDict(TypedDict):
    """The account's permission settings for its buckets."""

    blockPublicAccess: MacieBlockPublicAccessDict
    """The account's Block Public Access settings."""


class MaciePermissionConfigurationDict(TypedDict):
    """The settings that decide whether the bucket is public."""

    bucketLevelPermissions: MacieBucketLevelPermissionsDict
    """The bucket's settings."""
    accountLevelPermissions: MacieAccountLevelPermissionsDict
    """The account's settings."""


class MacieBucketPublicAccessDict(TypedDict):
    """Whether the bucket is public, and why."""

    permissionConfiguration: MaciePermissionConfigurationDict
    """The settings that decide it."""
    effectivePermission: Literal["PUBLIC", "NOT_PUBLIC", "UNKNOWN"]
    """The verdict: the closed set of the API's `EffectivePermission`."""


class MacieS3BucketDict(TypedDict):
    """The bucket the finding is about."""

    arn: str
    """The bucket's ARN."""
    name: str
    """The bucket's name."""
    createdAt: str
    """When the bucket was created, ISO 8601."""
    owner: MacieOwnerDict
    """The bucket's owner."""
    tags: list[MacieTagDict]
    """The bucket's tags; may be empty."""
    defaultServerSideEncryption: MacieServerSideEncryptionDict
    """The bucket's default encryption."""
    publicAccess: MacieBucketPublicAccessDict
    """Whether the bucket is public."""
    allowsUnencryptedObjectUploads: NotRequired[Literal["TRUE", "FALSE", "UNKNOWN"]]
    """Whether the bucket policy allows uploads without encryption headers: the closed set of the API's
    `AllowsUnencryptedObjectUploads`; absent in the console's sample."""


class MacieS3ObjectDict(TypedDict):
    """The object the finding is about (sensitive data findings)."""

    bucketArn: str
    """The ARN of the object's bucket."""
    key: str
    """The object's key."""
    path: str
    """The object's path: the bucket name and the key."""
    extension: str
    """The object's file name extension (`zip`), empty when it has none."""
    lastModified: str
    """When the object was last modified, ISO 8601."""
    versionId: NotRequired[str]
    """The object's version; absent for unversioned buckets."""
    serverSideEncryption: MacieServerSideEncryptionDict
    """How the object is encrypted."""
    size: int
    """The object's size, in bytes."""
    storageClass: str
    """The object's storage class (`STANDARD`)."""
    tags: list[MacieTagDict]
    """The object's tags; may be empty."""
    publicAccess: bool
    """Whether the object is publicly accessible."""
    etag: str
    """The object's entity tag."""


class MacieResourcesAffectedDict(TypedDict):
    """The resources the finding is about."""

    s3Bucket: MacieS3BucketDict
    """The bucket."""
    s3Object: NotRequired[MacieS3ObjectDict]
    """The object; sensitive data findings only."""


class MacieDetectionDict(TypedDict):
    """A kind of sensitive data found, and how often."""

    type: str
    """The managed data identifier's type (`AWS_CREDENTIALS`, `CREDIT_CARD_NUMBER`)."""
    count: int
    """How many occurrences were found."""
    occurrences: NotRequired[dict[str, Any]]
    """Where the first occurrences are, as the API's `Occurrences`."""


class MacieSensitiveDataItemDict(TypedDict):
    """The sensitive data of one category."""

    category: str
    """The category (`CREDENTIALS`, `FINANCIAL_INFORMATION`, `PERSONAL_INFORMATION`, `CUSTOM_IDENTIFIER`)."""
    totalCount: int
    """Occurrences of the category."""
    detections: list[MacieDetectionDict]
    """Occurrences per type."""


class MacieCustomDetectionDict(TypedDict):
    """Data found by a custom data identifier."""

    arn: str
    """The custom data identifier's ARN."""
    name: str
    """Its name."""
    count: int
    """How many occurrences were found."""
    occurrences: NotRequired[dict[str, Any]]
    """Where the first occurrences are, as the API's `Occurrences`."""


class MacieCustomDataIdentifiersDict(TypedDict):
    """Data found by custom data identifiers."""

    totalCount: int
    """Occurrences in total."""
    detections: list[MacieCustomDetectionDict]
    """Occurrences per identifier."""


class MacieClassificationStatusDict(TypedDict):
    """Whether the object could be analysed."""

    code: str
    """`COMPLETE`, `PARTIAL` or `SKIPPED` (the console's sample shows `SUCCESS`)."""
    reason: NotRequired[str]
    """Why the analysis was partial or skipped."""


class MacieClassificationResultDict(TypedDict):
    """What the analysis of the object found."""

    status: MacieClassificationStatusDict
    """Whether the object could be analysed."""
    sizeClassified: int
    """How many bytes were analysed."""
    mimeType: str
    """The object's content type."""
    sensitiveData: list[MacieSensitiveDataItemDict]
    """The sensitive data found, per category."""
    customDataIdentifiers: MacieCustomDataIdentifiersDict
    """The data found by custom data identifiers."""
    additionalOccurrences: NotRequired[bool]
    """Whether there are more occurrences than the finding lists."""


class MacieClassificationDetailsDict(TypedDict):
    """How a sensitive data finding was produced, and what it found."""

    jobArn: NotRequired[str]
    """The ARN of the discovery job that produced it; absent for automated discovery."""
    jobId: NotRequired[str]
    """The id of that job."""
    originType: NotRequired[Literal["SENSITIVE_DATA_DISCOVERY_JOB", "AUTOMATED_SENSITIVE_DATA_DISCOVERY"]]
    """How the data was found: the closed set of the API's `OriginType`; absent in the console's sample."""
    result: MacieClassificationResultDict
    """What was found."""
    detailedResultsLocation: str
    """Where the detailed results were stored (an S3 path)."""


class MacieFindingDetailDict(TypedDict):
    """The `detail` of `Macie Finding`: the finding."""

    schemaVersion: str
    """The version of the finding format (`1.0`)."""
    id: str
    """The finding's id."""
    accountId: str
    """The id of the account the finding is about."""
    partition: str
    """The AWS partition (`aws`)."""
    region: str
    """The Region the finding was generated in."""
    type: str
    """The finding type (`SensitiveData:S3Object/Credentials`, `Policy:IAMUser/S3BucketPublic`)."""
    category: Literal["CLASSIFICATION", "POLICY"]
    """Whether it is a sensitive data (`CLASSIFICATION`) or a policy (`POLICY`) finding: the closed set of the
    API's `FindingCategory`."""
    title: str
    """The finding's title."""
    description: str
    """The finding's description."""
    severity: MacieSeverityDict
    """How severe the finding is."""
    createdAt: str
    """When the finding was created, ISO 8601."""
    updatedAt: str
    """When the finding was last updated, ISO 8601."""
    count: int
    """How many times the finding occurred (policy findings recur)."""
    resourcesAffected: MacieResourcesAffectedDict
    """The bucket, and the object for sensitive data findings."""
    classificationDetails: Optional[MacieClassificationDetailsDict]
    """Sensitive data findings: what was found; `null` for policy findings."""
    policyDetails: Optional[dict[str, Any]]
    """Policy findings: the action and actor behind it, as the API's `PolicyDetails`; `null` for sensitive
    data findings."""
    sample: bool
    """`true` for a sample finding."""
    archived: bool
    """Whether the finding was archived by a suppression rule."""
    internalInfo: NotRequired[Optional[dict[str, Any]]]
    """Not documented; the console's sample has it as `null`."""


_MacieFindingRouting = TypedDict(
    "_MacieFindingRouting",
    {"detail-type": Literal["Macie Finding"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Macie Finding`.
"""


class MacieFindingEventDict(_MacieFindingRouting, EventBridgeEnvelopeDict):
    """Macie sends it when it creates a finding, and when a policy finding occurs again; `resources` is empty."""

    source: Literal["aws.macie"]
    """Always `aws.macie`."""
    detail: MacieFindingDetailDict
    """The finding."""
