"""Amazon API Gateway Lambda authorizers: the events of `TOKEN` and `REQUEST` authorizers (REST, HTTP and
WebSocket APIs) and the responses they return.

A `REQUEST` authorizer receives the request context of the request it authorizes, so this module reuses the
request contexts of the REST, HTTP and WebSocket API modules.
"""

from typing import Any, Literal, Mapping, Optional, Union

from lambda_events._typing import NotRequired, TypedDict
from lambda_events.types.api_gateway import APIGatewayHTTPMethod, APIGatewayProxyRequestContextDict
from lambda_events.types.api_gateway_v2 import APIGatewayProxyEventV2RequestContextDict
from lambda_events.types.api_gateway_websocket import APIGatewayWebSocketRequestContextDict

__all__ = [
    "APIGatewayAuthorizerEventV2Dict",
    "APIGatewayAuthorizerPolicyDocumentDict",
    "APIGatewayAuthorizerPolicyStatementDict",
    "APIGatewayAuthorizerRequestEventDict",
    "APIGatewayAuthorizerResponseDict",
    "APIGatewayAuthorizerResponseV2Dict",
    "APIGatewayAuthorizerTokenEventDict",
    "APIGatewayAuthorizerWebSocketEventDict",
]


class APIGatewayAuthorizerTokenEventDict(TypedDict):
    """The event of a REST API `TOKEN` authorizer: the token from the configured header, and the method."""

    type: Literal["TOKEN"]
    """The authorizer type."""
    authorizationToken: str
    """The value of the token source header, as the client sent it (with any `Bearer ` prefix)."""
    methodArn: str
    """The ARN of the method being called
    (`arn:aws:execute-api:region:account:api-id/stage/VERB/resource/path`); put it, or a wildcard of it, in
    the policy's `Resource`."""


class APIGatewayAuthorizerRequestEventDict(TypedDict):
    """The event of a `REQUEST` authorizer of a REST API, or of an HTTP API with payload format 1.0.

    It carries the parts of the request the authorizer may need. Unlike the proxy event, empty maps are `{}`.
    """

    version: NotRequired[Literal["1.0"]]
    """HTTP APIs only: the authorizer payload format version."""
    type: Literal["REQUEST"]
    """The authorizer type."""
    methodArn: str
    """The ARN of the method (HTTP API: route) being called; put it, or a wildcard of it, in the policy."""
    identitySource: NotRequired[str]
    """HTTP APIs only: the values of the identity sources, joined with commas."""
    authorizationToken: NotRequired[str]
    """HTTP APIs only: the same joined identity source values."""
    resource: str
    """The resource path template that matched."""
    path: str
    """The request path."""
    httpMethod: APIGatewayHTTPMethod
    """The HTTP method of the request."""
    headers: dict[str, str]
    """The request headers; for a repeated header the last value wins."""
    multiValueHeaders: NotRequired[dict[str, list[str]]]
    """Every value of every request header."""
    queryStringParameters: dict[str, str]
    """The query string parameters, URL-decoded; for a repeated name the last value wins."""
    multiValueQueryStringParameters: NotRequired[dict[str, list[str]]]
    """Every value of every query string parameter."""
    pathParameters: dict[str, str]
    """The values of the path template's variables."""
    stageVariables: dict[str, str]
    """The stage's variables."""
    requestContext: APIGatewayProxyRequestContextDict
    """The request context, as the proxy integration would receive it (without `authorizer`)."""


class APIGatewayAuthorizerWebSocketEventDict(TypedDict):
    """The event of the `REQUEST` authorizer of a WebSocket API's `$connect` route."""

    type: Literal["REQUEST"]
    """The authorizer type."""
    methodArn: str
    """The ARN of the `$connect` route (`arn:aws:execute-api:region:account:api-id/stage/$connect`)."""
    headers: dict[str, str]
    """The handshake's headers; for a repeated header the last value wins."""
    multiValueHeaders: dict[str, list[str]]
    """Every value of every handshake header."""
    queryStringParameters: dict[str, str]
    """The query string parameters of the connection URL (`{}` when there are none)."""
    multiValueQueryStringParameters: dict[str, list[str]]
    """Every value of every query string parameter."""
    stageVariables: dict[str, str]
    """The stage's variables (`{}` when there are none)."""
    requestContext: APIGatewayWebSocketRequestContextDict
    """The request context of the `CONNECT` event being authorized."""


class APIGatewayAuthorizerEventV2Dict(TypedDict):
    """The event of an HTTP API Lambda authorizer with payload format 2.0."""

    version: Literal["2.0"]
    """The authorizer payload format version."""
    type: Literal["REQUEST"]
    """The authorizer type."""
    routeArn: str
    """The ARN of the route being called; put it, or a wildcard of it, in an IAM policy response."""
    identitySource: NotRequired[Optional[list[str]]]
    """The values of the identity sources, in order; absent or `null` when the authorizer has none."""
    routeKey: str
    """The route that matched (`GET /pets/{id}`, `$default`)."""
    rawPath: str
    """The request path, still URL-encoded."""
    rawQueryString: str
    """The query string without the `?`, still URL-encoded; empty when there is none."""
    cookies: NotRequired[list[str]]
    """Each cookie of the request; absent when there are none."""
    headers: dict[str, str]
    """The request headers, names in lower case; repeated headers joined with commas."""
    queryStringParameters: NotRequired[dict[str, str]]
    """The query string parameters, repeated names joined with commas; absent when there are none."""
    requestContext: APIGatewayProxyEventV2RequestContextDict
    """The request context, as the integration would receive it (without `authorizer`)."""
    pathParameters: NotRequired[dict[str, str]]
    """The values of the route's path variables; absent when it has none."""
    stageVariables: NotRequired[dict[str, str]]
    """The stage's variables; absent when it has none."""


class APIGatewayAuthorizerPolicyStatementDict(TypedDict):
    """One statement of the IAM policy an authorizer returns."""

    Action: Union[str, list[str]]
    """`execute-api:Invoke` (or a list of actions)."""
    Effect: Literal["Allow", "Deny"]
    """Whether the statement allows or denies the call."""
    Resource: Union[str, list[str]]
    """Method ARNs (HTTP APIs: route ARNs) the statement covers; `*` wildcards allowed."""
    Sid: NotRequired[str]
    """An optional id of the statement."""
    Condition: NotRequired[dict[str, dict[str, Union[str, list[str]]]]]
    """Optional IAM conditions: operator, then condition key, then value(s)."""


class APIGatewayAuthorizerPolicyDocumentDict(TypedDict):
    """The IAM policy an authorizer returns."""

    Version: Literal["2012-10-17"]
    """The IAM policy language version."""
    Statement: list[APIGatewayAuthorizerPolicyStatementDict]
    """The statements; an explicit `Deny` wins over any `Allow`."""


class APIGatewayAuthorizerResponseDict(TypedDict):
    """The IAM policy response of a Lambda authorizer (REST APIs, and HTTP APIs without simple responses).

    API Gateway may cache it for the authorizer's TTL and apply it to every method the policy covers.
    """

    principalId: str
    """The id of the authenticated user; the integration sees it as `requestContext.authorizer.principalId`."""
    policyDocument: APIGatewayAuthorizerPolicyDocumentDict
    """The policy that allows or denies the call."""
    context: NotRequired[Mapping[str, Union[str, int, float, bool]]]
    """Values passed on to the integration in `requestContext.authorizer`; no objects or lists."""
    usageIdentifierKey: NotRequired[str]
    """REST APIs whose API key source is `AUTHORIZER`: the usage plan API key to meter the call against."""


class APIGatewayAuthorizerResponseV2Dict(TypedDict):
    """The simple response of an HTTP API Lambda authorizer (payload 2.0 with simple responses enabled)."""

    isAuthorized: bool
    """Whether to let the request through."""
    context: NotRequired[Mapping[str, Any]]
    """Values passed on to the integration in `requestContext.authorizer.lambda` (any JSON value)."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING, Union

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

APIGatewayAuthorizerTokenHandler = Callable[
    ["APIGatewayAuthorizerTokenEventDict", "LambdaContext"],
    "APIGatewayAuthorizerResponseDict",
]
"""A TOKEN Lambda authorizer; return the principal and its IAM policy."""

APIGatewayAuthorizerRequestHandler = Callable[
    ["APIGatewayAuthorizerRequestEventDict", "LambdaContext"],
    "APIGatewayAuthorizerResponseDict",
]
"""A REQUEST Lambda authorizer of a REST API (or an HTTP API's payload 1.0); return the principal and its IAM policy."""

APIGatewayAuthorizerWebSocketHandler = Callable[
    ["APIGatewayAuthorizerWebSocketEventDict", "LambdaContext"],
    "APIGatewayAuthorizerResponseDict",
]
"""A WebSocket API's `$connect` authorizer; return the principal and its IAM policy."""

APIGatewayAuthorizerV2Handler = Callable[
    ["APIGatewayAuthorizerEventV2Dict", "LambdaContext"],
    Union["APIGatewayAuthorizerResponseV2Dict", "APIGatewayAuthorizerResponseDict"],
]
"""An HTTP API authorizer, payload 2.0; return a simple response or an IAM policy, as the authorizer is configured."""

__all__ += ["APIGatewayAuthorizerTokenHandler", "APIGatewayAuthorizerRequestHandler", "APIGatewayAuthorizerWebSocketHandler", "APIGatewayAuthorizerV2Handler"]
# --- end generated handler aliases ---
