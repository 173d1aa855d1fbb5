"""AWS Health events (`source` `aws.health`): service issues, scheduled changes and account notifications
that concern the account, and abuse reports.

Authority: the AWS Health User Guide, "Reference: AWS Health events Amazon EventBridge schema" (the keys of
`detail` and which are required) and "Monitoring events in AWS Health with Amazon EventBridge". Both
detail-types share one `detail` shape.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "AWSHealthAbuseDetailDict",
    "AWSHealthAbuseEventDict",
    "AWSHealthAffectedEntityDict",
    "AWSHealthDetailDict",
    "AWSHealthEventDescriptionDict",
    "AWSHealthEventDict",
]

EVENTS = {
    "AWSHealthEventDict": ("aws.health", "AWS Health Event"),
    "AWSHealthAbuseEventDict": ("aws.health", "AWS Health Abuse Event"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- AWS Health Event ----------------------------------------------------------------------------------------------

class AWSHealthEventDescriptionDict(TypedDict):
    """A description of the event in one language."""

    language: str
    """The language (`en_US`)."""
    latestDescription: str
    """The most recent description of the event."""


class AWSHealthAffectedEntityDict(TypedDict):
    """A resource, or other entity, the event affects."""

    entityValue: str
    """The entity: a resource id or ARN (`i-1234567890abcdef0`), or a value such as `UNKNOWN` or
    `AWS_ACCOUNT`."""
    lastUpdatedTime: NotRequired[str]
    """When the entity's status last changed; in the Health User Guide's examples, not in the console's
    samples."""
    status: NotRequired[str]
    """The entity's status (`IMPAIRED`, `UNIMPAIRED`, `UNKNOWN`, `PENDING`, `RESOLVED`); in the Health User
    Guide's examples, not in the console's samples."""
    tags: NotRequired[dict[str, str]]
    """The resource's tags, by key; only for entities that have tags."""


class _AWSHealthDetailDict(TypedDict):
    """The `detail` of both Health detail-types.

    Required keys are the ones every example and sample has. The Health User Guide's schema marks more keys
    required (`eventScopeCode`, `communicationId`, `lastUpdatedTime`, `statusCode`, `eventRegion`,
    `affectedAccount`, `page`, `totalPages`), but the console's samples, an input Lambda also receives, lack
    them, so they are `NotRequired` here.
    """

    eventArn: str
    """The event's ARN, the same for every account and Region it concerns
    (`arn:aws:health:us-east-1::event/EC2/AWS_EC2_OPERATIONAL_ISSUE/AWS_EC2_OPERATIONAL_ISSUE_ABC123`)."""
    service: str
    """The service the event concerns (`EC2`, `RDS`, `ABUSE` for abuse events)."""
    eventTypeCode: str
    """The kind of event (`AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED`)."""
    eventTypeCategory: Literal["issue", "accountNotification", "scheduledChange", "investigation"]
    """The event's category: the four values the Health User Guide's schema lists."""
    eventScopeCode: NotRequired[Literal["ACCOUNT_SPECIFIC", "PUBLIC"]]
    """Whether the event concerns the account's own resources or is a public service event: the two values
    the schema lists."""
    communicationId: NotRequired[str]
    """The id of this communication; several messages of one event (pages, re-sends) share it, so with the
    account id it removes duplicates."""
    startTime: str
    """When the event began, in RFC 1123 form (`Sat, 04 Jun 2016 05:01:10 GMT`)."""
    endTime: NotRequired[str]
    """When the event ended, in the same form; absent while it is ongoing or upcoming."""
    lastUpdatedTime: NotRequired[str]
    """When the event was last updated, in the same form."""
    statusCode: NotRequired[Literal["open", "closed", "upcoming"]]
    """The event's status: the three values the schema lists."""
    eventRegion: NotRequired[str]
    """The Region the event concerns (`us-east-1`, `global`); the envelope's `region` is where the event was
    delivered."""
    eventDescription: list[AWSHealthEventDescriptionDict]
    """The event's description, per language."""
    eventMetadata: NotRequired[dict[str, str]]
    """Additional facts about the event, by name; only some event types have them."""
    affectedEntities: NotRequired[list[AWSHealthAffectedEntityDict]]
    """The resources the event affects; absent when it names none."""
    affectedAccount: NotRequired[str]
    """The id of the affected account; differs from the envelope's `account` in an organizational view."""
    page: NotRequired[str]
    """Which page of the event this message is, from `1`, as a string: a large event is split into pages."""
    totalPages: NotRequired[str]
    """How many pages the event is split into, as a string."""


class AWSHealthDetailDict(_AWSHealthDetailDict):
    """The `detail` of `AWS Health Event`."""


_AWSHealthRouting = TypedDict(
    "_AWSHealthRouting",
    {"detail-type": Literal["AWS Health Event"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `AWS Health Event`.
"""


class AWSHealthEventDict(_AWSHealthRouting, EventBridgeEnvelopeDict):
    """AWS Health sends it when an event that concerns the account is published or updated; `resources` lists
    the affected resources, if any."""

    source: Literal["aws.health"]
    """Always `aws.health`."""
    detail: AWSHealthDetailDict
    """The Health event."""


# --- AWS Health Abuse Event ----------------------------------------------------------------------------------------

class AWSHealthAbuseDetailDict(_AWSHealthDetailDict):
    """The `detail` of `AWS Health Abuse Event`; `service` is `ABUSE`."""


_AWSHealthAbuseRouting = TypedDict(
    "_AWSHealthAbuseRouting",
    {"detail-type": Literal["AWS Health Abuse Event"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `AWS Health Abuse Event`.
"""


class AWSHealthAbuseEventDict(_AWSHealthAbuseRouting, EventBridgeEnvelopeDict):
    """AWS Health sends it when AWS receives an abuse report (DoS, copyright, spam ...) about the account's
    resources; `resources` lists them."""

    source: Literal["aws.health"]
    """Always `aws.health`."""
    detail: AWSHealthAbuseDetailDict
    """The abuse event."""
