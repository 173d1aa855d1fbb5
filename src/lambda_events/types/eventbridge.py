"""Amazon EventBridge: an event delivered by a rule, generic over the producer's `detail`, and the event of a
scheduled rule."""

from typing import TYPE_CHECKING, Any, Generic

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

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
    {"detail-type": str},
)
"""The key of an EventBridge event that names its kind and is not a Python identifier.

- `detail-type`: with `source`, identifies the fields and values that appear in `detail`
  (`EC2 Instance State-change Notification`, `Object Created`).
"""


class EventBridgeEventDict(_EventBridgeHyphenatedKeys, EventBridgeEnvelopeDict, Generic[DetailT]):
    """An event delivered to Lambda by an EventBridge rule (also used for scheduled events).

    Parameterise it with the shape of `detail`: `EventBridgeEventDict[OrderPlacedDict]`. Bare, `detail` is a
    `dict[str, Any]`. `detail-type` is documented on the base above; `version`, `id`, `account`, `time`,
    `region`, `resources` and `replay-name` on `EventBridgeEnvelopeDict`, which the events of
    `lambda_events.eventbridge.aws` share.
    """

    source: str
    """The service or application that produced the event (`aws.ec2`, `com.mycompany.orders`)."""
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
