"""AWS Config events (`source` `aws.config`): a resource's recorded configuration changed, and a rule's
evaluation of a resource changed compliance.

Authority: the AWS Config Developer Guide, "Monitoring AWS Config with Amazon EventBridge" and "Notifications
that AWS Config sends to an Amazon SNS topic" (the same documents EventBridge carries in `detail`), and the
API reference for the closed set of compliance types. The configuration item change is the document a
change-triggered custom rule decodes from its `invokingEvent`, so this module reuses
`lambda_events.types.aws_config` for it.
"""

from typing import Literal, Union

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict
from lambda_events.types.aws_config import (
    AWSConfigConfigurationItemChangeNotificationDict,
    AWSConfigOversizedConfigurationItemChangeNotificationDict,
)

__all__ = [
    "ConfigComplianceType",
    "ConfigConfigurationHistoryDeliveryStatusDetailDict",
    "ConfigConfigurationHistoryDeliveryStatusEventDict",
    "ConfigConfigurationItemChangeDetailDict",
    "ConfigConfigurationItemChangeEventDict",
    "ConfigConfigurationSnapshotDeliveryStatusDetailDict",
    "ConfigConfigurationSnapshotDeliveryStatusEventDict",
    "ConfigEvaluationResultDict",
    "ConfigEvaluationResultIdentifierDict",
    "ConfigEvaluationResultQualifierDict",
    "ConfigItemChangeNotificationDict",
    "ConfigOversizedItemChangeNotificationDict",
    "ConfigRulesComplianceChangeDetailDict",
    "ConfigRulesComplianceChangeEventDict",
    "ConfigRulesReevaluationStatusDetailDict",
    "ConfigRulesReevaluationStatusEventDict",
]

EVENTS = {
    "ConfigConfigurationItemChangeEventDict": ("aws.config", "Config Configuration Item Change"),
    "ConfigRulesComplianceChangeEventDict": ("aws.config", "Config Rules Compliance Change"),
    "ConfigConfigurationHistoryDeliveryStatusEventDict": ("aws.config", "Config Configuration History Delivery Status"),
    "ConfigConfigurationSnapshotDeliveryStatusEventDict": (
        "aws.config",
        "Config Configuration Snapshot Delivery Status",
    ),
    "ConfigRulesReevaluationStatusEventDict": ("aws.config", "Config Rules Re-evaluation Status"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Config Configuration Item Change -----------------------------------------------------------------------------

class ConfigItemChangeNotificationDict(AWSConfigConfigurationItemChangeNotificationDict):
    """A configuration item change with the item and its diff (`messageType`
    `ConfigurationItemChangeNotification`); its keys are documented on
    `AWSConfigConfigurationItemChangeNotificationDict`."""


class ConfigOversizedItemChangeNotificationDict(AWSConfigOversizedConfigurationItemChangeNotificationDict):
    """A configuration item change whose item is too large to send, with its summary (`messageType`
    `OversizedConfigurationItemChangeNotification`); its keys are documented on
    `AWSConfigOversizedConfigurationItemChangeNotificationDict`."""


ConfigConfigurationItemChangeDetailDict = Union[
    ConfigItemChangeNotificationDict, ConfigOversizedItemChangeNotificationDict
]
"""The `detail` of `Config Configuration Item Change`: the configuration item and its diff, or, for an item too
large to send, its summary; compare `messageType` to tell them apart."""


_ConfigConfigurationItemChangeRouting = TypedDict(
    "_ConfigConfigurationItemChangeRouting",
    {"detail-type": Literal["Config Configuration Item Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Config Configuration Item Change`.
"""


class ConfigConfigurationItemChangeEventDict(_ConfigConfigurationItemChangeRouting, EventBridgeEnvelopeDict):
    """AWS Config sends it when it records a change to a resource's configuration; `resources` holds the
    resource's ARN."""

    source: Literal["aws.config"]
    """Always `aws.config`."""
    detail: ConfigConfigurationItemChangeDetailDict
    """The change: a configuration item, or a summary when the item is too large."""


# --- Config Rules Compliance Change -------------------------------------------------------------------------------

ConfigComplianceType = Literal["COMPLIANT", "NON_COMPLIANT", "NOT_APPLICABLE", "INSUFFICIENT_DATA"]
"""A rule's verdict on a resource: the closed set of the API reference's `ComplianceType` for evaluation
results."""


class ConfigEvaluationResultQualifierDict(TypedDict):
    """Which rule evaluated which resource."""

    configRuleName: str
    """The rule's name."""
    resourceType: str
    """The evaluated resource's type (`AWS::S3::Bucket`)."""
    resourceId: str
    """The evaluated resource's id."""
    evaluationMode: NotRequired[Literal["DETECTIVE", "PROACTIVE"]]
    """Whether a recorded resource (`DETECTIVE`) or a resource before deployment (`PROACTIVE`) was evaluated;
    absent in the console's sample."""


class ConfigEvaluationResultIdentifierDict(TypedDict):
    """Identifies one evaluation result."""

    evaluationResultQualifier: ConfigEvaluationResultQualifierDict
    """The rule and the resource."""
    orderingTimestamp: str
    """When the event that triggered the evaluation happened, ISO 8601 (orders the results)."""
    resourceEvaluationId: NotRequired[str]
    """Proactive evaluations only: the id of the resource evaluation."""


class ConfigEvaluationResultDict(TypedDict):
    """One evaluation of a resource by a rule."""

    evaluationResultIdentifier: ConfigEvaluationResultIdentifierDict
    """Which rule evaluated which resource, and when."""
    complianceType: ConfigComplianceType
    """The verdict."""
    resultRecordedTime: str
    """When AWS Config recorded the result, ISO 8601."""
    configRuleInvokedTime: str
    """When the rule was invoked for the evaluation, ISO 8601."""
    annotation: NotRequired[str]
    """The rule's explanation of the verdict; absent when the rule gave none."""


class ConfigRulesComplianceChangeDetailDict(TypedDict):
    """The `detail` of `Config Rules Compliance Change`."""

    resourceId: str
    """The evaluated resource's id."""
    resourceType: str
    """The evaluated resource's type (`AWS::EFS::FileSystem`)."""
    awsRegion: str
    """The Region of the rule and the resource."""
    awsAccountId: str
    """The id of the account the resource belongs to."""
    configRuleName: str
    """The rule's name."""
    configRuleARN: str
    """The rule's ARN."""
    messageType: Literal["ComplianceChangeNotification"]
    """Always `ComplianceChangeNotification`."""
    recordVersion: str
    """The version of this format (`1.0`)."""
    notificationCreationTime: str
    """When AWS Config created the notification, ISO 8601."""
    newEvaluationResult: ConfigEvaluationResultDict
    """The evaluation that changed the compliance."""
    oldEvaluationResult: NotRequired[ConfigEvaluationResultDict]
    """The previous evaluation of the resource by the rule; absent on its first evaluation."""


_ConfigRulesComplianceChangeRouting = TypedDict(
    "_ConfigRulesComplianceChangeRouting",
    {"detail-type": Literal["Config Rules Compliance Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Config Rules Compliance Change`.
"""


class ConfigRulesComplianceChangeEventDict(_ConfigRulesComplianceChangeRouting, EventBridgeEnvelopeDict):
    """AWS Config sends it when a rule's evaluation of a resource changes the resource's compliance."""

    source: Literal["aws.config"]
    """Always `aws.config`."""
    detail: ConfigRulesComplianceChangeDetailDict
    """The rule, the resource and the new (and previous) evaluation result."""


# --- Config Configuration History Delivery Status -----------------------------------------------------------------

class ConfigConfigurationHistoryDeliveryStatusDetailDict(TypedDict):
    """The `detail` of `Config Configuration History Delivery Status`."""

    recordVersion: str
    """The version of this format (`1.1`)."""
    messageType: str
    """What happened (`ConfigurationHistoryDeliveryCompleted`)."""
    s3ObjectKey: str
    """The key of the delivered file."""
    s3Bucket: str
    """The delivery channel's bucket."""
    notificationCreationTime: str
    """When AWS Config created the notification, ISO 8601."""


_ConfigConfigurationHistoryDeliveryStatusRouting = TypedDict(
    "_ConfigConfigurationHistoryDeliveryStatusRouting",
    {"detail-type": Literal["Config Configuration History Delivery Status"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Config Configuration History Delivery Status`.
"""


class ConfigConfigurationHistoryDeliveryStatusEventDict(
    _ConfigConfigurationHistoryDeliveryStatusRouting, EventBridgeEnvelopeDict
):
    """AWS Config sends it when it delivers (or fails to deliver) configuration history files to the delivery
    channel's S3 bucket."""

    source: Literal["aws.config"]
    """Always `aws.config`."""
    detail: ConfigConfigurationHistoryDeliveryStatusDetailDict
    """The delivery."""


# --- Config Configuration Snapshot Delivery Status ----------------------------------------------------------------

class ConfigConfigurationSnapshotDeliveryStatusDetailDict(TypedDict):
    """The `detail` of `Config Configuration Snapshot Delivery Status`."""

    recordVersion: str
    """The version of this format (`1.1`)."""
    messageType: str
    """What happened (`ConfigurationSnapshotDeliveryStarted`, `ConfigurationSnapshotDeliveryCompleted`)."""
    configSnapshotId: str
    """The snapshot's id (a UUID)."""
    s3ObjectKey: NotRequired[str]
    """The key of the delivered file; once it is delivered."""
    s3Bucket: NotRequired[str]
    """The delivery channel's bucket; once the snapshot is delivered."""
    notificationCreationTime: str
    """When AWS Config created the notification, ISO 8601."""


_ConfigConfigurationSnapshotDeliveryStatusRouting = TypedDict(
    "_ConfigConfigurationSnapshotDeliveryStatusRouting",
    {"detail-type": Literal["Config Configuration Snapshot Delivery Status"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Config Configuration Snapshot Delivery Status`.
"""


class ConfigConfigurationSnapshotDeliveryStatusEventDict(
    _ConfigConfigurationSnapshotDeliveryStatusRouting, EventBridgeEnvelopeDict
):
    """AWS Config sends it as it delivers a configuration snapshot (started, completed, failed)."""

    source: Literal["aws.config"]
    """Always `aws.config`."""
    detail: ConfigConfigurationSnapshotDeliveryStatusDetailDict
    """The snapshot delivery."""


# --- Config Rules Re-evaluation Status ----------------------------------------------------------------------------

class ConfigRulesReevaluationStatusDetailDict(TypedDict):
    """The `detail` of `Config Rules Re-evaluation Status`."""

    configRuleNames: list[str]
    """The names of the rules being re-evaluated."""
    awsRegion: str
    """The rules' Region."""
    awsAccountId: str
    """The id of the account the rules belong to."""
    recordVersion: str
    """The version of this format (`1.0`)."""
    messageType: str
    """What happened (`ConfigRulesEvaluationStarted`)."""
    notificationCreationTime: str
    """When AWS Config created the notification, ISO 8601."""


_ConfigRulesReevaluationStatusRouting = TypedDict(
    "_ConfigRulesReevaluationStatusRouting",
    {"detail-type": Literal["Config Rules Re-evaluation Status"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Config Rules Re-evaluation Status`.
"""


class ConfigRulesReevaluationStatusEventDict(_ConfigRulesReevaluationStatusRouting, EventBridgeEnvelopeDict):
    """AWS Config sends it when a re-evaluation of rules (`StartConfigRulesEvaluation`) starts."""

    source: Literal["aws.config"]
    """Always `aws.config`."""
    detail: ConfigRulesReevaluationStatusDetailDict
    """The rules being re-evaluated."""
