"""AWS IoT Core custom authorizers: the connection request a custom authorizer's function receives, and the
answer it returns (whether the client may connect, and the IoT policies that apply to the connection)."""

from typing import Literal, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "IoTAuthorizerConnectionMetadataDict",
    "IoTAuthorizerEventDict",
    "IoTAuthorizerHTTPDataDict",
    "IoTAuthorizerMQTTDataDict",
    "IoTAuthorizerProtocol",
    "IoTAuthorizerProtocolDataDict",
    "IoTAuthorizerResponseDict",
    "IoTAuthorizerTLSDataDict",
    "IoTPolicyDocumentDict",
    "IoTPolicyStatementDict",
]

IoTAuthorizerProtocol = Literal["tls", "http", "mqtt"]
"""The protocols a connection request can carry data of (AWS IoT developer guide, "Defining your Lambda
function" of custom authentication)."""


class IoTAuthorizerTLSDataDict(TypedDict):
    """What the TLS handshake told AWS IoT."""

    serverName: str
    """The server name indication (SNI) host name the client asked for."""


class IoTAuthorizerHTTPDataDict(TypedDict):
    """The HTTP request of a client connecting over HTTPS or WebSockets."""

    headers: dict[str, str]
    """The request's headers, one value per name."""
    queryString: str
    """The query string as sent, with its leading `?` (empty when there is none)."""


class IoTAuthorizerMQTTDataDict(TypedDict):
    """The MQTT CONNECT packet's credentials."""

    username: NotRequired[str]
    """The user name of the CONNECT packet; absent when the client sent none."""
    password: NotRequired[str]
    """The password of the CONNECT packet, base64-encoded (it may be binary); absent when the client sent
    none."""
    clientId: NotRequired[str]
    """The client id; present only when the device sends one."""


class IoTAuthorizerProtocolDataDict(TypedDict):
    """The data of each protocol the request used; a protocol that does not apply is absent."""

    tls: NotRequired[IoTAuthorizerTLSDataDict]
    """The TLS handshake's data."""
    http: NotRequired[IoTAuthorizerHTTPDataDict]
    """The HTTP request's headers and query string (HTTPS and MQTT over WebSockets)."""
    mqtt: NotRequired[IoTAuthorizerMQTTDataDict]
    """The MQTT CONNECT packet's user name, password and client id."""


class IoTAuthorizerConnectionMetadataDict(TypedDict):
    """About the connection."""

    id: str
    """The connection id (a UUID), for logging."""


class IoTAuthorizerEventDict(TypedDict):
    """A connection request AWS IoT Core asks a custom authorizer to decide on.

    AWS documents every key but says that keys that do not apply to the connection are left out, so only the
    protocols and the connection's id are required.
    """

    token: NotRequired[str]
    """The token the client sent under the authorizer's token key name (in a header, a query parameter or
    the MQTT user name); absent for authorizers without a token key."""
    signatureVerified: NotRequired[bool]
    """Whether the device gateway validated the token's signature with the authorizer's public key; absent
    when signing is disabled."""
    protocols: list[IoTAuthorizerProtocol]
    """The protocols whose data the request carries (`protocolData` has a key for each)."""
    protocolData: NotRequired[IoTAuthorizerProtocolDataDict]
    """Each protocol's data: TLS server name, HTTP headers and query string, MQTT credentials."""
    connectionMetadata: IoTAuthorizerConnectionMetadataDict
    """The connection's id."""


class IoTPolicyStatementDict(TypedDict):
    """One statement of an AWS IoT Core policy."""

    Effect: Literal["Allow", "Deny"]
    """Whether the statement allows or denies the actions."""
    Action: Union[str, list[str]]
    """The IoT actions (`iot:Connect`, `iot:Publish`, `iot:Subscribe`, `iot:Receive`, ...)."""
    Resource: Union[str, list[str]]
    """The ARNs of the client ids, topics and topic filters the actions apply to."""
    Condition: NotRequired[dict[str, dict[str, Union[str, list[str]]]]]
    """Conditions on the request, as in IAM policies."""


class IoTPolicyDocumentDict(TypedDict):
    """An AWS IoT Core policy document."""

    Version: str
    """The policy language version, `2012-10-17`."""
    Statement: list[IoTPolicyStatementDict]
    """The policy's statements."""


class IoTAuthorizerResponseDict(TypedDict):
    """What a custom authorizer returns."""

    isAuthenticated: bool
    """Whether the client is authenticated; when `false` the connection is refused."""
    principalId: str
    """An id for the client in logs: 1 to 128 letters and digits (`[a-zA-Z0-9]{1,128}`)."""
    policyDocuments: list[Union[IoTPolicyDocumentDict, str]]
    """The IoT policies of the connection (at most 10), as objects or as JSON text."""
    disconnectAfterInSeconds: int
    """How long the connection may last, 300 to 86,400 seconds."""
    refreshAfterInSeconds: int
    """After how many seconds AWS IoT calls the authorizer again to refresh the policies, 300 to 86,400."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

IoTAuthorizerHandler = Callable[["IoTAuthorizerEventDict", "LambdaContext"], "IoTAuthorizerResponseDict"]
"""An AWS IoT Core custom authorizer; return whether the client may connect and its policies."""

__all__ += ["IoTAuthorizerHandler"]
# --- end generated handler aliases ---
