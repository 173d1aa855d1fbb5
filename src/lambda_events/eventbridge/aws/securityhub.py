"""AWS Security Hub events (`source` `aws.securityhub`): findings imported or updated, findings and insight
results sent to a custom action.

Authority: the Security Hub User Guide, "EventBridge event formats for Security Hub" and "AWS Security
Finding Format (ASFF)" (each finding in `detail.findings` is an ASFF finding; its required attributes are
the ones `BatchImportFindings` requires). The ASFF attributes most handlers read are typed; the rest
(`Resources[].Details`, network, process, malware and threat details, vulnerabilities, patch summaries) are
the JSON objects the ASFF syntax describes, under their documented names.
"""

from typing import Any, Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "SecurityHubAssociatedStandardDict",
    "SecurityHubComplianceDict",
    "SecurityHubFindingDict",
    "SecurityHubFindingsCustomActionDetailDict",
    "SecurityHubFindingsCustomActionEventDict",
    "SecurityHubFindingsImportedDetailDict",
    "SecurityHubFindingsImportedEventDict",
    "SecurityHubInsightResultsDetailDict",
    "SecurityHubInsightResultsEventDict",
    "SecurityHubNoteDict",
    "SecurityHubRecommendationDict",
    "SecurityHubRelatedFindingDict",
    "SecurityHubRemediationDict",
    "SecurityHubResourceDict",
    "SecurityHubSeverityDict",
    "SecurityHubSeverityLabel",
    "SecurityHubStatusReasonDict",
    "SecurityHubWorkflowDict",
]

EVENTS = {
    "SecurityHubFindingsImportedEventDict": ("aws.securityhub", "Security Hub Findings - Imported"),
    "SecurityHubFindingsCustomActionEventDict": ("aws.securityhub", "Security Hub Findings - Custom Action"),
    "SecurityHubInsightResultsEventDict": ("aws.securityhub", "Security Hub Insight Results"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Security Hub Findings - Imported ------------------------------------------------------------------------------

SecurityHubSeverityLabel = Literal["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"]
"""A finding's severity: the closed set of ASFF's `Severity.Label`."""


class SecurityHubSeverityDict(TypedDict):
    """How severe the finding is."""

    Label: NotRequired[SecurityHubSeverityLabel]
    """The severity label; set by Security Hub from `Normalized` when the finding provider gave none. Absent
    in the console's samples."""
    Normalized: NotRequired[int]
    """Deprecated: the severity from 0 to 100."""
    Product: NotRequired[float]
    """Deprecated: the severity on the provider's own scale."""
    Original: NotRequired[str]
    """The severity as the provider expressed it."""


class SecurityHubRecommendationDict(TypedDict):
    """How to fix the problem."""

    Text: NotRequired[str]
    """The recommendation, in words."""
    Url: NotRequired[str]
    """A link to more information."""


class SecurityHubRemediationDict(TypedDict):
    """The remediation of the finding."""

    Recommendation: NotRequired[SecurityHubRecommendationDict]
    """The recommendation."""


class SecurityHubResourceDict(TypedDict):
    """A resource the finding is about."""

    Type: str
    """The resource type (`AwsS3Bucket`, `AwsEc2Instance`, `AwsAccount`, `Other`)."""
    Id: str
    """The resource's identifier, usually its ARN."""
    Partition: NotRequired[str]
    """The resource's partition (`aws`)."""
    Region: NotRequired[str]
    """The resource's Region."""
    ResourceRole: NotRequired[str]
    """The resource's role in the finding (`Target`, `Actor`)."""
    Tags: NotRequired[dict[str, str]]
    """The resource's tags, by key."""
    Details: NotRequired[dict[str, Any]]
    """Details of the resource, under a key named after its type (`AwsS3Bucket`, `Other`), as ASFF's
    `Resources.Details` describes them."""
    DataClassification: NotRequired[dict[str, Any]]
    """Sensitive data found in the resource, as ASFF's `DataClassification` describes it."""
    ApplicationName: NotRequired[str]
    """The name of the application the resource belongs to."""
    ApplicationArn: NotRequired[str]
    """The ARN of the application the resource belongs to."""


class SecurityHubStatusReasonDict(TypedDict):
    """Why a control check has its status."""

    ReasonCode: str
    """The reason's code (`CLOUDTRAIL_METRIC_FILTER_NOT_VALID`)."""
    Description: NotRequired[str]
    """The reason, in words."""


class SecurityHubAssociatedStandardDict(TypedDict):
    """A standard a control belongs to."""

    StandardsId: str
    """The standard's id (`standards/aws-foundational-security-best-practices/v/1.0.0`)."""


class SecurityHubComplianceDict(TypedDict):
    """The result of a control check (findings from Security Hub's controls)."""

    Status: NotRequired[Literal["PASSED", "WARNING", "FAILED", "NOT_AVAILABLE"]]
    """The check's result: the closed set of ASFF's `Compliance.Status`."""
    RelatedRequirements: NotRequired[list[str]]
    """The requirements of standards the control relates to (`NIST.800-53.r5 AC-3`)."""
    StatusReasons: NotRequired[list[SecurityHubStatusReasonDict]]
    """Why the check has its status."""
    SecurityControlId: NotRequired[str]
    """The control's id (`IAM.1`)."""
    AssociatedStandards: NotRequired[list[SecurityHubAssociatedStandardDict]]
    """The standards the control is enabled in."""
    SecurityControlParameters: NotRequired[list[dict[str, Any]]]
    """The control's parameters and their values, as ASFF describes them."""


class SecurityHubWorkflowDict(TypedDict):
    """Where the finding is in its investigation."""

    Status: Literal["NEW", "NOTIFIED", "RESOLVED", "SUPPRESSED"]
    """The workflow status: the closed set of ASFF's `Workflow.Status`."""


class SecurityHubNoteDict(TypedDict):
    """A note added to the finding."""

    Text: str
    """The note."""
    UpdatedBy: str
    """Who added or last updated it."""
    UpdatedAt: str
    """When, ISO 8601."""


class SecurityHubRelatedFindingDict(TypedDict):
    """Another finding related to this one."""

    ProductArn: str
    """The related finding's product ARN."""
    Id: str
    """The related finding's id."""


class SecurityHubFindingDict(TypedDict):
    """A finding in the AWS Security Finding Format (ASFF)."""

    SchemaVersion: str
    """The ASFF version (`2018-10-08`)."""
    Id: str
    """The finding's id, unique for its product."""
    ProductArn: str
    """The ARN of the product that generated the finding."""
    ProductName: NotRequired[str]
    """The product's name (`GuardDuty`, `Security Hub`); absent in the console's samples, which carry it in
    `ProductFields`."""
    CompanyName: NotRequired[str]
    """The product's company (`AWS`)."""
    Region: NotRequired[str]
    """The Region the finding was generated in."""
    GeneratorId: str
    """The id of the rule, control or detector that generated the finding."""
    AwsAccountId: str
    """The id of the account the finding is about."""
    AwsAccountName: NotRequired[str]
    """The name of that account."""
    Types: NotRequired[list[str]]
    """The finding's types, `namespace/category/classifier` (`Software and Configuration Checks/Industry and
    Regulatory Standards`)."""
    FirstObservedAt: NotRequired[str]
    """When the problem was first observed, ISO 8601."""
    LastObservedAt: NotRequired[str]
    """When the problem was last observed, ISO 8601."""
    CreatedAt: str
    """When the finding was created, ISO 8601."""
    UpdatedAt: str
    """When the finding was last updated, ISO 8601."""
    ProcessedAt: NotRequired[str]
    """When Security Hub processed the finding, ISO 8601."""
    Severity: SecurityHubSeverityDict
    """How severe the finding is."""
    Confidence: NotRequired[int]
    """The provider's confidence that the finding is real, 0 to 100."""
    Criticality: NotRequired[int]
    """How important the resource is, 0 to 100."""
    Title: str
    """The finding's title."""
    Description: str
    """The finding's description."""
    Remediation: NotRequired[SecurityHubRemediationDict]
    """How to fix the problem."""
    SourceUrl: NotRequired[str]
    """A link to the finding in the provider's own console."""
    ProductFields: NotRequired[dict[str, str]]
    """Provider-specific fields, by name (Security Hub adds `aws/securityhub/FindingId`,
    `aws/securityhub/ProductName`, `aws/securityhub/CompanyName`, `aws/securityhub/SeverityLabel`)."""
    UserDefinedFields: NotRequired[dict[str, str]]
    """Fields a user added to the finding, by name."""
    Resources: list[SecurityHubResourceDict]
    """The resources the finding is about (at least one)."""
    Compliance: NotRequired[SecurityHubComplianceDict]
    """The result of a control check."""
    VerificationState: NotRequired[Literal["UNKNOWN", "TRUE_POSITIVE", "FALSE_POSITIVE", "BENIGN_POSITIVE"]]
    """Whether the finding was verified: the closed set of ASFF's `VerificationState`."""
    WorkflowState: NotRequired[Literal["NEW", "ASSIGNED", "IN_PROGRESS", "DEFERRED", "RESOLVED"]]
    """Deprecated in favour of `Workflow`: the closed set of ASFF's `WorkflowState`."""
    Workflow: NotRequired[SecurityHubWorkflowDict]
    """Where the finding is in its investigation."""
    RecordState: Literal["ACTIVE", "ARCHIVED"]
    """Whether the finding is current (`ACTIVE`) or no longer relevant (`ARCHIVED`)."""
    RelatedFindings: NotRequired[list[SecurityHubRelatedFindingDict]]
    """Other findings related to this one."""
    Note: NotRequired[SecurityHubNoteDict]
    """A note added to the finding."""
    FindingProviderFields: NotRequired[dict[str, Any]]
    """The provider's own values of `Confidence`, `Criticality`, `RelatedFindings`, `Severity` and `Types`,
    as ASFF's `FindingProviderFields` describes them."""
    Sample: NotRequired[bool]
    """`true` for a sample finding."""
    Action: NotRequired[dict[str, Any]]
    """The activity behind the finding (an API call, a network connection ...), as ASFF's `Action`."""
    Network: NotRequired[dict[str, Any]]
    """The network traffic behind the finding, as ASFF's `Network`."""
    NetworkPath: NotRequired[list[dict[str, Any]]]
    """The network path of the finding, as ASFF's `NetworkPath`."""
    Process: NotRequired[dict[str, Any]]
    """The process behind the finding, as ASFF's `Process`."""
    Malware: NotRequired[list[dict[str, Any]]]
    """Malware involved, as ASFF's `Malware`."""
    Threats: NotRequired[list[dict[str, Any]]]
    """Threats detected, as ASFF's `Threats`."""
    ThreatIntelIndicators: NotRequired[list[dict[str, Any]]]
    """Threat intelligence indicators, as ASFF's `ThreatIntelIndicators`."""
    Vulnerabilities: NotRequired[list[dict[str, Any]]]
    """Software vulnerabilities, as ASFF's `Vulnerabilities`."""
    PatchSummary: NotRequired[dict[str, Any]]
    """The patch compliance of an instance, as ASFF's `PatchSummary`."""
    GeneratorDetails: NotRequired[dict[str, Any]]
    """The detector or rule that generated the finding, as ASFF's `GeneratorDetails`."""
    Detection: NotRequired[dict[str, Any]]
    """Attack sequence findings: the signals detected, as ASFF's `Detection`."""


class SecurityHubFindingsImportedDetailDict(TypedDict):
    """The `detail` of `Security Hub Findings - Imported`."""

    findings: list[SecurityHubFindingDict]
    """The imported or updated findings; one per event in practice."""


_SecurityHubFindingsImportedRouting = TypedDict(
    "_SecurityHubFindingsImportedRouting",
    {"detail-type": Literal["Security Hub Findings - Imported"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Security Hub Findings - Imported`.
"""


class SecurityHubFindingsImportedEventDict(_SecurityHubFindingsImportedRouting, EventBridgeEnvelopeDict):
    """Security Hub sends it when it receives a new finding or an update of one, from a product integration or
    its own controls; `resources` holds the findings' product-scoped ARNs."""

    source: Literal["aws.securityhub"]
    """Always `aws.securityhub`."""
    detail: SecurityHubFindingsImportedDetailDict
    """The findings."""


# --- Security Hub Findings - Custom Action -------------------------------------------------------------------------

class SecurityHubFindingsCustomActionDetailDict(TypedDict):
    """The `detail` of `Security Hub Findings - Custom Action`."""

    actionName: str
    """The custom action's name."""
    actionDescription: str
    """The custom action's description."""
    findings: list[SecurityHubFindingDict]
    """The findings the user selected."""


_SecurityHubFindingsCustomActionRouting = TypedDict(
    "_SecurityHubFindingsCustomActionRouting",
    {"detail-type": Literal["Security Hub Findings - Custom Action"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Security Hub Findings - Custom Action`.
"""


class SecurityHubFindingsCustomActionEventDict(_SecurityHubFindingsCustomActionRouting, EventBridgeEnvelopeDict):
    """Security Hub sends it when a user sends findings to a custom action from the console; `resources` holds
    the custom action's ARN."""

    source: Literal["aws.securityhub"]
    """Always `aws.securityhub`."""
    detail: SecurityHubFindingsCustomActionDetailDict
    """The custom action and the findings."""


# --- Security Hub Insight Results ----------------------------------------------------------------------------------

class SecurityHubInsightResultsDetailDict(TypedDict):
    """The `detail` of `Security Hub Insight Results`."""

    actionName: str
    """The custom action's name."""
    actionDescription: str
    """The custom action's description."""
    insightName: str
    """The insight's name."""
    insightArn: str
    """The insight's ARN."""
    resultType: str
    """The attribute the insight groups findings by (`ResourceAwsIamAccessKeyUserName`)."""
    insightResults: list[dict[str, int]]
    """The insight's results: per group, a one-key object mapping the attribute's value to its number of
    findings."""


_SecurityHubInsightResultsRouting = TypedDict(
    "_SecurityHubInsightResultsRouting",
    {"detail-type": Literal["Security Hub Insight Results"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Security Hub Insight Results`.
"""


class SecurityHubInsightResultsEventDict(_SecurityHubInsightResultsRouting, EventBridgeEnvelopeDict):
    """Security Hub sends it when a user sends an insight's results to a custom action from the console;
    `resources` holds the custom action's ARN."""

    source: Literal["aws.securityhub"]
    """Always `aws.securityhub`."""
    detail: SecurityHubInsightResultsDetailDict
    """The custom action, the insight and its results."""
