"""AWS IoT registry events: the messages the registry publishes (and a topic rule can send to Lambda) when
things, thing types, thing groups and their memberships change."""

from typing import Literal, Optional, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "IoTRegistryEventDict",
    "IoTRegistryGroupArnIdDict",
    "IoTRegistryPropagatingAttributeDict",
    "IoTRegistryThingEventDict",
    "IoTRegistryThingGroupEventDict",
    "IoTRegistryThingGroupHierarchyEventDict",
    "IoTRegistryThingGroupMembershipEventDict",
    "IoTRegistryThingTypeAssociationEventDict",
    "IoTRegistryThingTypeEventDict",
]


class IoTRegistryThingEventDict(TypedDict):
    """A thing was created, updated or deleted (`$aws/events/thing/<thingName>/<operation>`)."""

    eventType: Literal["THING_EVENT"]
    """Always `THING_EVENT`."""
    eventId: str
    """A unique id of the event."""
    timestamp: int
    """When the event happened, in milliseconds since the Unix epoch."""
    operation: Literal["CREATED", "UPDATED", "DELETED"]
    """What happened to the thing (the operations the AWS IoT Core developer guide documents for registry
    events; a closed set)."""
    accountId: str
    """The id of the account that owns the thing."""
    thingId: str
    """The thing's id."""
    thingName: str
    """The thing's name."""
    versionNumber: int
    """The thing's version: 1 when created, one more at each update."""
    thingTypeName: Optional[str]
    """The thing's type; `null` when it has none."""
    attributes: dict[str, str]
    """The thing's attributes, by name."""


class IoTRegistryPropagatingAttributeDict(TypedDict):
    """An attribute a thing type adds as an MQTT 5 user property to the messages its things publish."""

    userPropertyKey: str
    """The name of the user property."""
    thingAttribute: NotRequired[str]
    """The thing attribute whose value the property takes; one of this and `connectionAttribute` is set."""
    connectionAttribute: NotRequired[str]
    """The connection attribute (`iot:ClientId`, `iot:Thing.ThingName`) whose value the property takes."""


class IoTRegistryThingTypeEventDict(TypedDict):
    """A thing type was created, updated, deprecated, undeprecated or deleted."""

    eventType: Literal["THING_TYPE_EVENT"]
    """Always `THING_TYPE_EVENT`."""
    eventId: str
    """A unique id of the event."""
    timestamp: int
    """When the event happened, in milliseconds since the Unix epoch."""
    operation: Literal["CREATED", "UPDATED", "DELETED"]
    """What happened to the thing type (deprecating and undeprecating are `UPDATED`); a closed set, from the
    AWS IoT Core developer guide."""
    accountId: str
    """The id of the account that owns the thing type."""
    thingTypeId: str
    """The thing type's id."""
    thingTypeName: str
    """The thing type's name."""
    isDeprecated: bool
    """`true` when the thing type is deprecated."""
    deprecationDate: Optional[int]
    """When the thing type was deprecated, in milliseconds since the Unix epoch; `null` when it is not."""
    searchableAttributes: list[str]
    """The names of the attributes things of this type can be searched by."""
    propagatingAttributes: NotRequired[list[IoTRegistryPropagatingAttributeDict]]
    """The attributes added as MQTT 5 user properties to messages of things of this type; not in every event."""
    description: str
    """The thing type's description."""


class IoTRegistryThingTypeAssociationEventDict(TypedDict):
    """A thing was associated with or dissociated from a thing type."""

    eventType: Literal["THING_TYPE_ASSOCIATION_EVENT"]
    """Always `THING_TYPE_ASSOCIATION_EVENT`."""
    eventId: str
    """A unique id of the event."""
    timestamp: int
    """When the event happened, in milliseconds since the Unix epoch."""
    operation: Literal["ADDED", "REMOVED"]
    """Whether the association was made or removed."""
    thingId: str
    """The thing's id."""
    thingName: str
    """The thing's name."""
    thingTypeName: str
    """The thing type's name."""


class IoTRegistryGroupArnIdDict(TypedDict):
    """A thing group, by ARN and id."""

    groupArn: str
    """The group's ARN."""
    groupId: str
    """The group's id."""


class IoTRegistryThingGroupEventDict(TypedDict):
    """A thing group was created, updated or deleted."""

    eventType: Literal["THING_GROUP_EVENT"]
    """Always `THING_GROUP_EVENT`."""
    eventId: str
    """A unique id of the event."""
    timestamp: int
    """When the event happened, in milliseconds since the Unix epoch."""
    operation: Literal["CREATED", "UPDATED", "DELETED"]
    """What happened to the group; a closed set, from the AWS IoT Core developer guide."""
    accountId: str
    """The id of the account that owns the group."""
    thingGroupId: str
    """The group's id."""
    thingGroupName: str
    """The group's name."""
    versionNumber: int
    """The group's version: 1 when created, one more at each update."""
    parentGroupName: NotRequired[str]
    """The name of the group's parent, when it has one."""
    parentGroupId: NotRequired[str]
    """The id of the group's parent, when it has one."""
    description: NotRequired[str]
    """The group's description, when it has one."""
    rootToParentThingGroups: list[IoTRegistryGroupArnIdDict]
    """The group's ancestors, from the root group down to its parent; empty for a root group."""
    attributes: dict[str, str]
    """The group's attributes, by name."""
    dynamicGroupMappingId: Optional[str]
    """The id of the dynamic group mapping; `null` for a static group."""


class IoTRegistryThingGroupMembershipEventDict(TypedDict):
    """A thing was added to or removed from a thing group."""

    eventType: Literal["THING_GROUP_MEMBERSHIP_EVENT"]
    """Always `THING_GROUP_MEMBERSHIP_EVENT`."""
    eventId: str
    """A unique id of the event."""
    timestamp: int
    """When the event happened, in milliseconds since the Unix epoch."""
    operation: Literal["ADDED", "REMOVED"]
    """Whether the thing was added or removed."""
    accountId: str
    """The id of the account that owns the group."""
    groupArn: str
    """The group's ARN."""
    groupId: str
    """The group's id."""
    thingArn: str
    """The thing's ARN."""
    thingId: str
    """The thing's id."""
    membershipId: str
    """The id of the thing's membership in the group."""


class IoTRegistryThingGroupHierarchyEventDict(TypedDict):
    """A thing group was added to or removed from another thing group."""

    eventType: Literal["THING_GROUP_HIERARCHY_EVENT"]
    """Always `THING_GROUP_HIERARCHY_EVENT`."""
    eventId: str
    """A unique id of the event."""
    timestamp: int
    """When the event happened, in milliseconds since the Unix epoch."""
    operation: Literal["ADDED", "REMOVED"]
    """Whether the child group was added or removed."""
    accountId: str
    """The id of the account that owns the groups."""
    thingGroupId: str
    """The parent group's id."""
    thingGroupName: str
    """The parent group's name."""
    childGroupId: str
    """The child group's id."""
    childGroupName: str
    """The child group's name."""


IoTRegistryEventDict = Union[
    IoTRegistryThingEventDict,
    IoTRegistryThingTypeEventDict,
    IoTRegistryThingTypeAssociationEventDict,
    IoTRegistryThingGroupEventDict,
    IoTRegistryThingGroupMembershipEventDict,
    IoTRegistryThingGroupHierarchyEventDict,
]
"""Any registry event; compare `eventType` to tell them apart."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

IoTRegistryHandler = Callable[["IoTRegistryEventDict", "LambdaContext"], object]
"""The target of an IoT rule on registry events; AWS IoT ignores what it returns."""

__all__ += ["IoTRegistryHandler"]
# --- end generated handler aliases ---
