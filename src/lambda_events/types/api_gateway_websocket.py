"""Amazon API Gateway WebSocket APIs: the Lambda proxy integration event of a route (`$connect`, `$disconnect`,
`$default` or a custom route).

One type covers the three kinds of event; `requestContext.eventType` tells them apart, and the keys present
only for some kinds say which.
"""

from typing import Generic, Literal, Optional

from lambda_events._typing import NotRequired, TypedDict
from lambda_events.types._authorizer_context import AuthorizerContextT

__all__ = [
    "APIGatewayWebSocketEventDict",
    "APIGatewayWebSocketIdentityDict",
    "APIGatewayWebSocketRequestContextDict",
]


class APIGatewayWebSocketIdentityDict(TypedDict):
    """Who opened the connection. Only `sourceIp` is always there; the other keys depend on the client and on
    the `$connect` route's authorization (API key, IAM)."""

    sourceIp: str
    """The IP address of the client's TCP connection."""
    userAgent: NotRequired[str]
    """The `User-Agent` the client sent with the handshake."""
    apiKey: NotRequired[str]
    """The API key the client sent, when the route requires one."""
    apiKeyId: NotRequired[str]
    """The id of that API key."""
    accessKey: NotRequired[Optional[str]]
    """IAM authorization: the access key that signed the handshake."""
    accountId: NotRequired[Optional[str]]
    """IAM authorization: the AWS account of the caller."""
    caller: NotRequired[Optional[str]]
    """IAM authorization: the principal id of the caller."""
    cognitoAuthenticationProvider: NotRequired[Optional[str]]
    """IAM authorization with Cognito identity pool credentials: the providers that authenticated the caller."""
    cognitoAuthenticationType: NotRequired[Optional[str]]
    """IAM authorization with Cognito identity pool credentials: `authenticated` or `unauthenticated`."""
    cognitoIdentityId: NotRequired[Optional[str]]
    """IAM authorization with Cognito identity pool credentials: the Cognito identity id."""
    cognitoIdentityPoolId: NotRequired[Optional[str]]
    """IAM authorization with Cognito identity pool credentials: the identity pool id."""
    principalOrgId: NotRequired[Optional[str]]
    """IAM authorization: the AWS Organizations id of the caller's account."""
    user: NotRequired[Optional[str]]
    """IAM authorization: the principal id of the user."""
    userArn: NotRequired[Optional[str]]
    """IAM authorization: the ARN of the IAM user or role."""


class APIGatewayWebSocketRequestContextDict(TypedDict, Generic[AuthorizerContextT]):
    """Facts about the connection, the message and the API that API Gateway adds; generic over the shape of
    `authorizer`, like the event (see `APIGatewayWebSocketEventDict`).

    aws-lambda-go, the Rust crate and Java reuse REST API keys here (`accountId`, `resourceId`, `resourcePath`,
    `httpMethod`, `error`, `integrationLatency`, `status`), and declare `resource`, `path`, `httpMethod` and
    `pathParameters` on the event; the API Gateway guide documents none of them for WebSocket proxy events, so
    they are not declared.
    """

    apiId: str
    """The id API Gateway assigned to the API."""
    authorizer: NotRequired[AuthorizerContextT]
    """When `$connect` uses a Lambda authorizer: its `principalId`, `integrationLatency` and the keys of its
    `context`, on every event of the connection. Its type is the type parameter (`dict[str, Any]` when the
    type is used bare)."""
    connectedAt: int
    """When the connection was opened, in milliseconds since the Unix epoch."""
    connectionId: str
    """The id of the connection; post to it through the `@connections` API to reach the client."""
    disconnectReason: NotRequired[Optional[str]]
    """`DISCONNECT`: why the connection closed, as text (may be empty). Other events leave it out or send it
    as `null` (real `CONNECT` events carry `"disconnectReason": null`)."""
    disconnectStatusCode: NotRequired[Optional[int]]
    """`DISCONNECT`: the WebSocket close code (1000 normal, 1001 going away, 1005 no status...). Other events
    leave it out or send it as `null`, as `CONNECT` events do."""
    domainName: str
    """The host name the client connected to."""
    eventType: Literal["CONNECT", "MESSAGE", "DISCONNECT"]
    """What happened: the client connected, sent a message, or the connection closed (the three values of
    `$context.eventType` in the API Gateway developer guide; a closed set)."""
    extendedRequestId: str
    """A second request id API Gateway generates, also used in its logs."""
    identity: APIGatewayWebSocketIdentityDict
    """Who opened the connection."""
    messageDirection: Literal["IN"]
    """Always `IN`: the event is about something the client did."""
    messageId: NotRequired[Optional[str]]
    """`MESSAGE`: the id of the message. Other events leave it out or send it as `null`, as `CONNECT` events do
    (the Go, Rust and Java catalogues also declare it nullable)."""
    requestId: str
    """The id of this request."""
    requestTime: str
    """When the event happened, in CLF format (`11/Nov/2024:13:45:46 +0000`)."""
    requestTimeEpoch: int
    """When the event happened, in milliseconds since the Unix epoch."""
    routeKey: str
    """The route that was selected (`$connect`, `$disconnect`, `$default` or a custom route key)."""
    stage: str
    """The stage of the API."""


class APIGatewayWebSocketEventDict(TypedDict, Generic[AuthorizerContextT]):
    """The event a WebSocket API route sends to its Lambda proxy integration.

    `CONNECT` carries the handshake's headers (and query string, when there is one); `DISCONNECT` carries a
    few headers; `MESSAGE` carries the frame in `body`.

    Parameterise it with the shape of `requestContext.authorizer` when `$connect` uses a Lambda authorizer: a
    subclass of `APIGatewayLambdaAuthorizerContextDict` (from the REST API module) that declares the keys of
    the authorizer's `context`, as in `APIGatewayWebSocketEventDict[MyAuthorizerContextDict]`. Bare, it is a
    `dict[str, Any]`; any TypedDict fits (the parameter is bound to `Mapping[str, object]`).
    """

    headers: NotRequired[dict[str, str]]
    """`CONNECT` and `DISCONNECT`: the request headers; for a repeated header the last value wins."""
    multiValueHeaders: NotRequired[dict[str, list[str]]]
    """`CONNECT` and `DISCONNECT`: every value of every request header."""
    queryStringParameters: NotRequired[dict[str, str]]
    """`CONNECT` only, when the connection URL has a query string: its parameters, URL-decoded."""
    multiValueQueryStringParameters: NotRequired[dict[str, list[str]]]
    """`CONNECT` only, when the connection URL has a query string: every value of every parameter."""
    stageVariables: NotRequired[dict[str, str]]
    """The stage's variables, when it has some."""
    requestContext: APIGatewayWebSocketRequestContextDict[AuthorizerContextT]
    """Facts about the connection and the message."""
    body: NotRequired[str]
    """`MESSAGE` only: the frame's payload, base64-encoded when `isBase64Encoded` (binary frames)."""
    isBase64Encoded: bool
    """Whether `body` is base64-encoded."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext
    from lambda_events.types.api_gateway import APIGatewayProxyResponseDict

APIGatewayWebSocketHandler = Callable[
    [APIGatewayWebSocketEventDict[AuthorizerContextT], "LambdaContext"],
    Optional["APIGatewayProxyResponseDict"],
]
"""A WebSocket API route's integration; `$connect` refuses the connection with a non-2xx `statusCode`. Generic like the event: `APIGatewayWebSocketHandler[MyAuthorizerContextDict]`."""

__all__ += ["APIGatewayWebSocketHandler"]
# --- end generated handler aliases ---
