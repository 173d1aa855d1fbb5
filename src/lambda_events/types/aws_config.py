"""AWS Config custom rules: the event a rule's function receives, and the invoking event it carries as a
JSON string (a configuration change, an oversized change, or a periodic trigger)."""

from typing import Any, Literal, Optional, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "AWSConfigChangeType",
    "AWSConfigChangedPropertyDict",
    "AWSConfigConfigurationItemChangeNotificationDict",
    "AWSConfigConfigurationItemDict",
    "AWSConfigConfigurationItemDiffDict",
    "AWSConfigConfigurationItemStatus",
    "AWSConfigConfigurationItemSummaryDict",
    "AWSConfigInvokingEventDict",
    "AWSConfigOversizedConfigurationItemChangeNotificationDict",
    "AWSConfigRelationshipDict",
    "AWSConfigRuleEventDict",
    "AWSConfigScheduledNotificationDict",
]

AWSConfigChangeType = Literal["CREATE", "UPDATE", "DELETE"]
"""How a resource, or one of its properties, changed (the three values the AWS Config developer guide
documents for `changeType`; a closed set)."""

AWSConfigConfigurationItemStatus = Literal[
    "OK", "ResourceDiscovered", "ResourceNotRecorded", "ResourceDeleted", "ResourceDeletedNotRecorded"
]
"""The state of a configuration item: recorded, newly discovered, not recorded, or deleted.

The values of `ConfigurationItemStatus` in the AWS Config API reference. AWS Config has changed this enumeration
before (older versions of the API reference list other values), so the set is open."""


class AWSConfigRuleEventDict(TypedDict):
    """The event AWS Config sends to a custom rule's function when the rule is triggered.

    The function evaluates the resource and reports with `PutEvaluations`, passing `resultToken`.
    """

    version: str
    """The version of the event format, `1.0`."""
    invokingEvent: str
    """What triggered the evaluation, as a JSON string: decode it to an `AWSConfigInvokingEventDict`."""
    ruleParameters: NotRequired[str]
    """The rule's input parameters, as a JSON object in a string; absent when the rule has none."""
    resultToken: str
    """The token to pass to `PutEvaluations`."""
    eventLeftScope: bool
    """`true` when the resource no longer falls within the rule's scope (report it as `NOT_APPLICABLE`)."""
    executionRoleArn: str
    """The ARN of the role AWS Config uses for the rule."""
    configRuleArn: str
    """The rule's ARN."""
    configRuleName: str
    """The rule's name."""
    configRuleId: str
    """The rule's id."""
    accountId: str
    """The id of the account that owns the rule."""
    evaluationMode: NotRequired[Literal["DETECTIVE", "PROACTIVE"]]
    """Whether the evaluation is of a recorded resource (`DETECTIVE`) or of a resource before it is deployed
    (`PROACTIVE`); not sent in every event. The `EvaluationMode` enumeration of the AWS Config API, which grew
    `PROACTIVE` in 2022: an open set."""


class AWSConfigRelationshipDict(TypedDict):
    """A relationship between the resource and another resource."""

    resourceId: str
    """The related resource's id."""
    resourceName: NotRequired[Optional[str]]
    """The related resource's name; `null` or absent when it has none."""
    resourceType: str
    """The related resource's type (`AWS::EC2::VPC`)."""
    name: str
    """The kind of relationship (`Is contained in Vpc`, `Is attached to Volume`)."""


class _AWSConfigItemHeaderDict(TypedDict):
    """What a configuration item and the summary of an oversized one both say about the resource."""

    configurationItemVersion: str
    """The version of the configuration item format (`1.3`)."""
    configurationItemCaptureTime: str
    """When the configuration was recorded, ISO 8601."""
    configurationStateId: int
    """A number that increases with each configuration item of the resource, to order them."""
    awsAccountId: str
    """The id of the account that owns the resource."""
    configurationItemStatus: AWSConfigConfigurationItemStatus
    """The state of the configuration item."""
    resourceType: str
    """The resource type (`AWS::EC2::Instance`)."""
    resourceId: str
    """The resource's id (`i-042dd005362091826`)."""
    resourceName: Optional[str]
    """The resource's name; `null` when it has none."""
    ARN: str
    """The resource's ARN."""
    awsRegion: str
    """The Region of the resource."""
    availabilityZone: Optional[str]
    """The resource's Availability Zone; `Not Applicable`, `Regional`, `Multiple Availability Zones` or `null`
    when it has no single one."""
    configurationStateMd5Hash: str
    """An MD5 hash of the configuration, to compare items; may be empty."""
    resourceCreationTime: Optional[str]
    """When the resource was created, ISO 8601; `null` when unknown."""


class AWSConfigConfigurationItemDict(_AWSConfigItemHeaderDict):
    """A configuration item: the recorded state of one resource at one time."""

    relatedEvents: list[str]
    """Ids of CloudTrail events related to the change; often empty."""
    relationships: list[AWSConfigRelationshipDict]
    """The resource's relationships with other resources."""
    configuration: Optional[dict[str, Any]]
    """The resource's configuration, in the shape its service describes it; `null` for a deleted resource."""
    supplementaryConfiguration: dict[str, Any]
    """Configuration attributes the service returns apart from the main description (bucket policies,
    versioning); often empty."""
    tags: dict[str, str]
    """The resource's tags, by key."""


class AWSConfigChangedPropertyDict(TypedDict):
    """How one property changed."""

    previousValue: Any
    """The value before the change (`null` for a property that was added)."""
    updatedValue: Any
    """The value after the change (`null` for a property that was removed)."""
    changeType: AWSConfigChangeType
    """Whether the property was added, changed or removed."""


class AWSConfigConfigurationItemDiffDict(TypedDict):
    """What changed since the previous configuration item."""

    changedProperties: dict[str, AWSConfigChangedPropertyDict]
    """The changed properties, by path (`Configuration.InstanceType`, `Relationships.0`)."""
    changeType: AWSConfigChangeType
    """Whether the resource was created, updated or deleted."""


class AWSConfigConfigurationItemChangeNotificationDict(TypedDict):
    """The invoking event of a change-triggered rule: a resource's configuration changed."""

    configurationItemDiff: Optional[AWSConfigConfigurationItemDiffDict]
    """What changed; `null` when there is no earlier item to compare with."""
    configurationItem: AWSConfigConfigurationItemDict
    """The resource's new configuration item."""
    notificationCreationTime: str
    """When the notification was created, ISO 8601."""
    messageType: Literal["ConfigurationItemChangeNotification"]
    """Always `ConfigurationItemChangeNotification`."""
    recordVersion: str
    """The version of the notification format."""


class AWSConfigConfigurationItemSummaryDict(_AWSConfigItemHeaderDict):
    """The summary AWS Config sends instead of a configuration item too large for the notification."""

    changeType: AWSConfigChangeType
    """Whether the resource was created, updated or deleted."""


class AWSConfigOversizedConfigurationItemChangeNotificationDict(TypedDict):
    """The invoking event of a change-triggered rule when the configuration item is too large to send.

    Fetch the full item with `GetResourceConfigHistory`.
    """

    configurationItemSummary: AWSConfigConfigurationItemSummaryDict
    """A summary of the configuration item."""
    messageType: Literal["OversizedConfigurationItemChangeNotification"]
    """Always `OversizedConfigurationItemChangeNotification`."""
    notificationCreationTime: str
    """When the notification was created, ISO 8601."""
    recordVersion: str
    """The version of the notification format."""


class AWSConfigScheduledNotificationDict(TypedDict):
    """The invoking event of a periodic rule, sent at the rule's frequency."""

    awsAccountId: str
    """The id of the account being evaluated."""
    notificationCreationTime: str
    """When the notification was created, ISO 8601."""
    messageType: Literal["ScheduledNotification"]
    """Always `ScheduledNotification`."""
    recordVersion: str
    """The version of the notification format."""


AWSConfigInvokingEventDict = Union[
    AWSConfigConfigurationItemChangeNotificationDict,
    AWSConfigOversizedConfigurationItemChangeNotificationDict,
    AWSConfigScheduledNotificationDict,
]
"""The decoded `invokingEvent` of a rule event; compare `messageType` to tell the kinds apart."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

AWSConfigRuleHandler = Callable[["AWSConfigRuleEventDict", "LambdaContext"], object]
"""An AWS Config custom rule; it reports through `PutEvaluations`, Config ignores what it returns."""

__all__ += ["AWSConfigRuleHandler"]
# --- end generated handler aliases ---
