"""The keys every EventBridge event carries whatever its producer, written once for two readers.

`lambda_events.types.eventbridge` builds `EventBridgeEventDict` (any producer, `source` and `detail-type` as
`str`) on it, and each module of `lambda_events.eventbridge.aws` builds its events (`source` and
`detail-type` as `Literal`s) on it. It imports only `lambda_events._typing`, so a service module loads no
other event type.
"""

from lambda_events._typing import NotRequired, TypedDict

__all__ = ["EventBridgeEnvelopeDict"]

_EventBridgeEnvelopeHyphenatedKeys = TypedDict(
    "_EventBridgeEnvelopeHyphenatedKeys",
    {"replay-name": NotRequired[str]},
)
"""The key of the envelope whose name is not a Python identifier.

- `replay-name`: present only on events re-sent from an archive by a replay: the replay's name.
"""


class EventBridgeEnvelopeDict(_EventBridgeEnvelopeHyphenatedKeys):
    """The keys of an EventBridge event that do not depend on its producer; `replay-name` is documented on
    the base above. Each event type adds `source`, `detail-type` and `detail`."""

    version: str
    """The event envelope version; `0` for every event today. The Rust crate accepts `version`, `id`, `account`,
    `time`, `region` and `resources` absent; the EventBridge guide's event structure lists them in every event,
    and 461 of the 464 sample events of the EventBridge console carry them all as typed here (three Route 53
    ARC samples write `version` as the number 0)."""
    id: str
    """A version 4 UUID EventBridge generates for every event."""
    account: str
    """The 12-digit id of the AWS account the event came from."""
    time: str
    """When the event happened, ISO 8601 in UTC; the producer may set it."""
    region: str
    """The Region the event came from."""
    resources: list[str]
    """ARNs of the resources the event concerns; may be empty."""
