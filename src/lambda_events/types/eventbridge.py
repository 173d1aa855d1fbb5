"""Amazon EventBridge: an event delivered by a rule, generic over the producer's `detail`, and the event of a
scheduled rule."""

from typing import TYPE_CHECKING, Any, Generic

from lambda_events._typing import NotRequired, TypedDict

if TYPE_CHECKING:
    # The default (PEP 696) lets a bare `EventBridgeEventDict` mean "detail of unknown shape" under strict
    # checkers. It matters only to them, so the runtime keeps the cheaper `typing.TypeVar`.
    from typing_extensions import TypeVar

    DetailT = TypeVar("DetailT", default=dict[str, Any])
else:
    from typing import TypeVar

    DetailT = TypeVar("DetailT")

__all__ = ["EventBridgeEventDict", "ScheduledEventDetailDict", "ScheduledEventDict"]

_EventBridgeHyphenatedKeys = TypedDict(
    "_EventBridgeHyphenatedKeys",
    {"detail-type": str, "replay-name": NotRequired[str]},
)
"""The keys of an EventBridge event whose names are not Python identifiers.

- `detail-type`: with `source`, identifies the fields and values that appear in `detail`
  (`EC2 Instance State-change Notification`, `Object Created`).
- `replay-name`: present only on events re-sent from an archive by a replay: the replay's name.
"""


class EventBridgeEventDict(_EventBridgeHyphenatedKeys, Generic[DetailT]):
    """An event delivered to Lambda by an EventBridge rule (also used for scheduled events).

    Parameterise it with the shape of `detail`: `EventBridgeEventDict[OrderPlacedDict]`. Bare, `detail` is a
    `dict[str, Any]`. The keys `detail-type` and `replay-name` are documented on the base above.
    """

    version: str
    """The event envelope version; `0` for every event today. The Rust crate accepts `version`, `id`, `account`,
    `time`, `region` and `resources` absent; the EventBridge guide's event structure lists them in every event,
    and 461 of the 464 sample events of the EventBridge console carry them all as typed here (three Route 53
    ARC samples write `version` as the number 0)."""
    id: str
    """A version 4 UUID EventBridge generates for every event."""
    source: str
    """The service or application that produced the event (`aws.ec2`, `com.mycompany.orders`)."""
    account: str
    """The 12-digit id of the AWS account the event came from."""
    time: str
    """When the event happened, ISO 8601 in UTC; the producer may set it."""
    region: str
    """The Region the event came from."""
    resources: list[str]
    """ARNs of the resources the event concerns; may be empty."""
    detail: DetailT
    """The event's data: a JSON object whose shape the producer defines."""


class ScheduledEventDetailDict(TypedDict):
    """The `detail` of a scheduled rule's event: always an empty object."""


ScheduledEventDict = EventBridgeEventDict[ScheduledEventDetailDict]
"""The event a rule with a schedule expression (`rate(5 minutes)`, `cron(0 12 * * ? *)`) sends at each
tick: `source` is `aws.events`, `detail-type` is `Scheduled Event`, `resources` holds the rule's ARN, `time`
is the scheduled time and `detail` is `{}`."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

EventBridgeHandler = Callable[["EventBridgeEventDict", "LambdaContext"], object]
"""An EventBridge rule's target (`detail` of unknown shape); EventBridge ignores what it returns."""

ScheduledEventHandler = Callable[["ScheduledEventDict", "LambdaContext"], object]
"""A scheduled EventBridge rule's target; EventBridge ignores what it returns."""

__all__ += ["EventBridgeHandler", "ScheduledEventHandler"]
# --- end generated handler aliases ---
