"""AWS AppSync Events APIs: the event of a channel namespace's Direct Lambda integration, and its answer.

AppSync invokes the function when a client publishes to a channel (`PUBLISH`, with the events) or subscribes
to one (`SUBSCRIBE`). The caller's `identity` depends on the authorization mode; it is `null` for API keys.
The identity types are `@final`, so a check such as `"userArn" in identity` narrows the union.
"""

from typing import Any, Literal, Optional, Union, final

from lambda_events._typing import NotRequired, TypedDict
from lambda_events.types._appsync_identity import (
    AppSyncIdentityCognitoDict,
    AppSyncIdentityIAMDict,
    AppSyncIdentityOIDCDict,
)

__all__ = [
    "AppSyncEventsChannelDict",
    "AppSyncEventsChannelNamespaceDict",
    "AppSyncEventsEventDict",
    "AppSyncEventsIdentityDict",
    "AppSyncEventsIdentityLambdaDict",
    "AppSyncEventsInfoDict",
    "AppSyncEventsOutgoingEventDict",
    "AppSyncEventsPublishedEventDict",
    "AppSyncEventsRequestDict",
    "AppSyncEventsResponseDict",
]


@final
class AppSyncEventsIdentityLambdaDict(TypedDict):
    """The caller of a request authorized by a Lambda authorizer."""

    handlerContext: dict[str, Any]
    """The `handlerContext` the authorizer function returned."""


AppSyncEventsIdentityDict = Union[
    AppSyncIdentityCognitoDict,
    AppSyncIdentityIAMDict,
    AppSyncIdentityOIDCDict,
    AppSyncEventsIdentityLambdaDict,
]
"""The caller of a request, by authorization mode; the `identity` key is `null` for API key requests."""


class AppSyncEventsRequestDict(TypedDict):
    """The HTTP or WebSocket request of the operation."""

    headers: dict[str, str]
    """The request headers by lowercase name."""
    domainName: Optional[str]
    """The custom domain name the request was sent to; `null` for the API's own endpoint."""


class AppSyncEventsChannelDict(TypedDict):
    """The channel of the operation."""

    path: str
    """The channel's full path, starting with its namespace (`/default/chat/room-1`)."""
    segments: list[str]
    """The path split at its slashes (`["default", "chat", "room-1"]`)."""


class AppSyncEventsChannelNamespaceDict(TypedDict):
    """The channel namespace whose handler invoked the function."""

    name: str
    """The namespace's name, the first segment of the channel path."""


class AppSyncEventsInfoDict(TypedDict):
    """What is happening on which channel."""

    channel: AppSyncEventsChannelDict
    """The channel published or subscribed to."""
    channelNamespace: AppSyncEventsChannelNamespaceDict
    """The channel's namespace."""
    operation: Literal["PUBLISH", "SUBSCRIBE"]
    """`PUBLISH` when a client sends events, `SUBSCRIBE` when a client subscribes: the two operations the
    AppSync Events developer guide documents for a channel namespace handler (a young service, so an open set)."""


class AppSyncEventsPublishedEventDict(TypedDict):
    """One event a client published."""

    id: str
    """The id AppSync gave the event; use it to answer for this event."""
    payload: Any
    """The event's data: the JSON value the client published."""


class AppSyncEventsEventDict(TypedDict):
    """The event of a channel namespace's Direct Lambda integration (`onPublish` or `onSubscribe`)."""

    identity: Optional[AppSyncEventsIdentityDict]
    """The caller; `null` when the request was authorized with an API key."""
    result: None
    """Always `null` for a Direct Lambda integration."""
    request: AppSyncEventsRequestDict
    """The request of the operation."""
    info: AppSyncEventsInfoDict
    """The channel and the operation."""
    error: None
    """Always `null` for a Direct Lambda integration."""
    prev: None
    """Always `null` for a Direct Lambda integration."""
    stash: dict[str, Any]
    """A map shared with the handler code of the namespace; empty for a Direct Lambda integration."""
    outErrors: list[Any]
    """Errors reported so far; empty when AppSync invokes the function."""
    events: Optional[list[AppSyncEventsPublishedEventDict]]
    """The published events for `PUBLISH`; `null` for `SUBSCRIBE`."""


class AppSyncEventsOutgoingEventDict(TypedDict):
    """One event in the function's answer to a `PUBLISH`."""

    id: str
    """The id of the published event this entry answers for."""
    payload: NotRequired[Any]
    """The data to broadcast for the event (possibly transformed); leave it out with `error`."""
    error: NotRequired[str]
    """Why the event is rejected; the event is not broadcast and the publisher is told."""


class AppSyncEventsResponseDict(TypedDict):
    """What the function returns: the events to broadcast for `PUBLISH`, or an error to reject the operation.

    Events left out of `events` are dropped. For `SUBSCRIBE`, return `null` (or an object without `error`)
    to allow the subscription.
    """

    events: NotRequired[list[AppSyncEventsOutgoingEventDict]]
    """For `PUBLISH`: the events to broadcast, and per-event errors."""
    error: NotRequired[str]
    """An error message that rejects the whole operation."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

AppSyncEventsHandler = Callable[["AppSyncEventsEventDict", "LambdaContext"], Optional["AppSyncEventsResponseDict"]]
"""An AppSync Events channel namespace's function; return the events to broadcast, an error, or `None`."""

__all__ += ["AppSyncEventsHandler"]
# --- end generated handler aliases ---
