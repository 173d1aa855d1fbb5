"""Amazon Inspector events (`source` `aws.inspector2`): a finding was created, updated or closed.

Authority: the Amazon Inspector User Guide, "Creating custom responses to Amazon Inspector findings with
Amazon EventBridge" (the event carries the finding in `detail`, in the format of the API's `Finding`) and the
API reference's `Finding`, `PackageVulnerabilityDetails`, `Resource` and `InspectorScoreDetails` for the
closed sets. Dates in these events are formatted as `Apr 1, 2022, 4:38:07 PM`, not ISO 8601. The details of
network reachability, code vulnerability, container image and Lambda resources are the JSON objects the API
reference describes, under their documented names.
"""

from typing import Any, Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "Inspector2AdjustedCvssDict",
    "Inspector2CoverageDetailDict",
    "Inspector2CoverageEventDict",
    "Inspector2CvssDict",
    "Inspector2CvssScoreAdjustmentDict",
    "Inspector2Ec2InstanceDict",
    "Inspector2FindingDetailDict",
    "Inspector2FindingEventDict",
    "Inspector2PackageVulnerabilityDetailsDict",
    "Inspector2RecommendationDict",
    "Inspector2RemediationDict",
    "Inspector2ResourceDetailsDict",
    "Inspector2ResourceDict",
    "Inspector2ScanDetailDict",
    "Inspector2ScanEventDict",
    "Inspector2ScanStatusDict",
    "Inspector2ScoreDetailsDict",
    "Inspector2VulnerablePackageDict",
]

EVENTS = {
    "Inspector2FindingEventDict": ("aws.inspector2", "Inspector2 Finding"),
    "Inspector2CoverageEventDict": ("aws.inspector2", "Inspector2 Coverage"),
    "Inspector2ScanEventDict": ("aws.inspector2", "Inspector2 Scan"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Inspector2 Finding -------------------------------------------------------------------------------------------

class Inspector2CvssScoreAdjustmentDict(TypedDict):
    """How Amazon Inspector adjusted a CVSS metric for the resource."""

    metric: str
    """The adjusted metric."""
    reason: str
    """Why it was adjusted."""


class Inspector2AdjustedCvssDict(TypedDict):
    """The CVSS score Amazon Inspector computed for the resource."""

    adjustments: list[Inspector2CvssScoreAdjustmentDict]
    """The adjustments made to the source's score; may be empty."""
    cvssSource: str
    """The source of the CVSS data (`NVD`, `REDHAT_CVE`)."""
    score: float
    """The adjusted score."""
    scoreSource: str
    """The source of the score."""
    scoringVector: str
    """The CVSS vector (`CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H`)."""
    version: str
    """The CVSS version (`3.1`)."""


class Inspector2ScoreDetailsDict(TypedDict):
    """How `inspectorScore` was computed."""

    adjustedCvss: NotRequired[Inspector2AdjustedCvssDict]
    """The adjusted CVSS score."""


class Inspector2CvssDict(TypedDict):
    """A CVSS score of the vulnerability from one source."""

    baseScore: float
    """The base score."""
    scoringVector: str
    """The CVSS vector."""
    source: str
    """Who published the score (`NVD`)."""
    version: str
    """The CVSS version (`2.0`, `3.1`)."""


class Inspector2VulnerablePackageDict(TypedDict):
    """A package affected by the vulnerability."""

    name: str
    """The package's name."""
    version: str
    """The installed version."""
    arch: NotRequired[str]
    """The package's architecture (`X86_64`)."""
    epoch: NotRequired[int]
    """The package's epoch."""
    release: NotRequired[str]
    """The package's release."""
    packageManager: NotRequired[str]
    """The package manager or ecosystem (`OS`, `PIP`, `NPM`, `JAR`, `GOMOD`, ...)."""
    filePath: NotRequired[str]
    """Where the package is installed."""
    fixedInVersion: NotRequired[str]
    """The version that fixes the vulnerability (`NotAvailable` when there is none)."""
    remediation: NotRequired[str]
    """How to remediate, for this package."""
    sourceLayerHash: NotRequired[str]
    """Container images: the hash of the layer the package is in."""
    sourceLambdaLayerArn: NotRequired[str]
    """Lambda functions: the ARN of the layer the package is in."""


class Inspector2PackageVulnerabilityDetailsDict(TypedDict):
    """The vulnerability of a `PACKAGE_VULNERABILITY` finding."""

    vulnerabilityId: str
    """The vulnerability's id (`CVE-2018-25020`)."""
    source: str
    """Who reported the vulnerability (`NVD`, `REDHAT_CVE`)."""
    sourceUrl: NotRequired[str]
    """A link to the source's page about it."""
    cvss: NotRequired[list[Inspector2CvssDict]]
    """The vulnerability's CVSS scores, per source."""
    referenceUrls: NotRequired[list[str]]
    """Links to more information."""
    relatedVulnerabilities: NotRequired[list[str]]
    """Ids of related vulnerabilities."""
    vendorSeverity: NotRequired[str]
    """The severity the source gives it."""
    vendorCreatedAt: NotRequired[str]
    """When the source published it."""
    vendorUpdatedAt: NotRequired[str]
    """When the source last updated it."""
    vulnerablePackages: list[Inspector2VulnerablePackageDict]
    """The affected packages."""


class Inspector2RecommendationDict(TypedDict):
    """How to fix the finding."""

    text: NotRequired[str]
    """The recommendation, in words."""
    Url: NotRequired[str]
    """A link to more information (capitalised so in the API)."""


class Inspector2RemediationDict(TypedDict):
    """The remediation of the finding."""

    recommendation: NotRequired[Inspector2RecommendationDict]
    """The recommendation."""


class Inspector2Ec2InstanceDict(TypedDict):
    """The EC2 instance a finding is about."""

    imageId: NotRequired[str]
    """The AMI's id."""
    iamInstanceProfileArn: NotRequired[str]
    """The ARN of the instance profile."""
    ipV4Addresses: NotRequired[list[str]]
    """The instance's IPv4 addresses."""
    ipV6Addresses: NotRequired[list[str]]
    """The instance's IPv6 addresses."""
    keyName: NotRequired[str]
    """The name of the instance's key pair."""
    launchedAt: NotRequired[str]
    """When the instance was launched."""
    platform: NotRequired[str]
    """The instance's operating system (`AMAZON_LINUX_2`)."""
    subnetId: NotRequired[str]
    """The subnet's id."""
    type: NotRequired[str]
    """The instance type (`c5.large`)."""
    vpcId: NotRequired[str]
    """The VPC's id."""


class Inspector2ResourceDetailsDict(TypedDict):
    """Details of the resource; the key matching its type is present."""

    awsEc2Instance: NotRequired[Inspector2Ec2InstanceDict]
    """`AWS_EC2_INSTANCE`: the instance."""
    awsEcrContainerImage: NotRequired[dict[str, Any]]
    """`AWS_ECR_CONTAINER_IMAGE`: the image, as the API's `AwsEcrContainerImageDetails`."""
    awsLambdaFunction: NotRequired[dict[str, Any]]
    """`AWS_LAMBDA_FUNCTION`: the function, as the API's `AwsLambdaFunctionDetails`."""
    codeRepository: NotRequired[dict[str, Any]]
    """`CODE_REPOSITORY`: the repository, as the API's `CodeRepositoryDetails`."""


class Inspector2ResourceDict(TypedDict):
    """A resource the finding is about."""

    type: str
    """The resource type (`AWS_EC2_INSTANCE`, `AWS_ECR_CONTAINER_IMAGE`, `AWS_ECR_REPOSITORY`,
    `AWS_LAMBDA_FUNCTION`, `CODE_REPOSITORY`)."""
    id: str
    """The resource's id (`i-07543563af836b6a8`, an image or function ARN)."""
    partition: NotRequired[str]
    """The resource's partition (`aws`)."""
    region: NotRequired[str]
    """The resource's Region."""
    tags: NotRequired[dict[str, str]]
    """The resource's tags, by key."""
    details: NotRequired[Inspector2ResourceDetailsDict]
    """Details of the resource."""


class Inspector2FindingDetailDict(TypedDict):
    """The `detail` of `Inspector2 Finding`: the finding."""

    awsAccountId: str
    """The id of the account the finding is about."""
    findingArn: str
    """The finding's ARN."""
    type: Literal["NETWORK_REACHABILITY", "PACKAGE_VULNERABILITY", "CODE_VULNERABILITY"]
    """The kind of finding: the closed set of the API's `FindingType`."""
    title: str
    """The finding's title (`CVE-2018-25020 - kernel`)."""
    description: str
    """The finding's description."""
    severity: Literal["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL", "UNTRIAGED"]
    """The severity: the closed set of the API's `Severity`."""
    status: Literal["ACTIVE", "SUPPRESSED", "CLOSED"]
    """The finding's status: the closed set of the API's `FindingStatus`."""
    firstObservedAt: str
    """When the finding was first observed."""
    lastObservedAt: str
    """When the finding was last observed."""
    updatedAt: NotRequired[str]
    """When the finding was last updated."""
    inspectorScore: NotRequired[float]
    """Amazon Inspector's score of the finding, 0 to 10."""
    inspectorScoreDetails: NotRequired[Inspector2ScoreDetailsDict]
    """How the score was computed."""
    packageVulnerabilityDetails: NotRequired[Inspector2PackageVulnerabilityDetailsDict]
    """`PACKAGE_VULNERABILITY`: the vulnerability."""
    networkReachabilityDetails: NotRequired[dict[str, Any]]
    """`NETWORK_REACHABILITY`: the open path, as the API's `NetworkReachabilityDetails`."""
    codeVulnerabilityDetails: NotRequired[dict[str, Any]]
    """`CODE_VULNERABILITY`: the flaw, as the API's `CodeVulnerabilityDetails`."""
    remediation: Inspector2RemediationDict
    """How to fix the finding."""
    resources: list[Inspector2ResourceDict]
    """The resources the finding is about."""
    fixAvailable: NotRequired[Literal["YES", "NO", "PARTIAL"]]
    """Whether a fixed version exists for every affected package: the closed set of the API's
    `FixAvailable`."""
    exploitAvailable: NotRequired[Literal["YES", "NO"]]
    """Whether an exploit is known: the closed set of the API's `ExploitAvailable`."""
    exploitabilityDetails: NotRequired[dict[str, Any]]
    """When the vulnerability was last known to be exploited, as the API's `ExploitabilityDetails`."""
    epss: NotRequired[dict[str, Any]]
    """The vulnerability's Exploit Prediction Scoring System score, as the API's `EpssDetails`."""


_Inspector2FindingRouting = TypedDict(
    "_Inspector2FindingRouting",
    {"detail-type": Literal["Inspector2 Finding"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Inspector2 Finding`.
"""


class Inspector2FindingEventDict(_Inspector2FindingRouting, EventBridgeEnvelopeDict):
    """Amazon Inspector sends it when it creates a finding and when a finding changes (updated, suppressed or
    closed); `resources` holds the ARNs of the affected resources."""

    source: Literal["aws.inspector2"]
    """Always `aws.inspector2`."""
    detail: Inspector2FindingDetailDict
    """The finding."""


# --- Inspector2 Coverage ------------------------------------------------------------------------------------------

class Inspector2ScanStatusDict(TypedDict):
    """Whether Amazon Inspector scans the resource, and why."""

    statusCodeValue: Literal["ACTIVE", "INACTIVE"]
    """Whether the resource is scanned: the closed set of the API's `ScanStatusCode`."""
    reason: str
    """Why (`SUCCESSFUL`, `PENDING_INITIAL_SCAN`, `ACCESS_DENIED`, `UNSUPPORTED_OS`, ... the API's
    `ScanStatusReason`, a set that grows)."""


class Inspector2CoverageDetailDict(TypedDict):
    """The `detail` of `Inspector2 Coverage`."""

    scanStatus: Inspector2ScanStatusDict
    """The resource's scan status."""
    eventTimestamp: str
    """When the status changed, ISO 8601 with microseconds."""


_Inspector2CoverageRouting = TypedDict(
    "_Inspector2CoverageRouting",
    {"detail-type": Literal["Inspector2 Coverage"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Inspector2 Coverage`.
"""


class Inspector2CoverageEventDict(_Inspector2CoverageRouting, EventBridgeEnvelopeDict):
    """Amazon Inspector sends it when its scanning of a resource starts, stops or changes status; `resources`
    holds the resource's ARN."""

    source: Literal["aws.inspector2"]
    """Always `aws.inspector2`."""
    detail: Inspector2CoverageDetailDict
    """The resource's scan status."""


# --- Inspector2 Scan ----------------------------------------------------------------------------------------------

_Inspector2ScanHyphenatedKeys = TypedDict(
    "_Inspector2ScanHyphenatedKeys",
    {
        "scan-status": str,
        "repository-name": str,
        "finding-severity-counts": dict[str, int],
        "image-digest": str,
        "image-tags": list[str],
    },
)
"""The keys of the detail whose names are not Python identifiers (every one of them).

- `scan-status`: how the scan ended (`INITIAL_SCAN_COMPLETE`).
- `repository-name`: the repository's ARN (despite the name).
- `finding-severity-counts`: the number of findings per severity (`CRITICAL`, `HIGH`, `MEDIUM`), and in all
  (`TOTAL`).
- `image-digest`: the scanned image's digest (`sha256:...`).
- `image-tags`: the image's tags.
"""


class Inspector2ScanDetailDict(_Inspector2ScanHyphenatedKeys):
    """The `detail` of `Inspector2 Scan`; its keys are documented on the base."""


_Inspector2ScanRouting = TypedDict(
    "_Inspector2ScanRouting",
    {"detail-type": Literal["Inspector2 Scan"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Inspector2 Scan`.
"""


class Inspector2ScanEventDict(_Inspector2ScanRouting, EventBridgeEnvelopeDict):
    """Amazon Inspector sends it when it finishes scanning a container image; `resources` holds the repository's
    ARN."""

    source: Literal["aws.inspector2"]
    """Always `aws.inspector2`."""
    detail: Inspector2ScanDetailDict
    """The image and the number of findings per severity."""
