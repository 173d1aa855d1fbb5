"""AWS Lambda function URLs: the event of an HTTP(S) request to a function's own URL, and the structured
response.

The event follows API Gateway's payload format 2.0 without routes, stages or mutual TLS: `routeKey` and
`stage` are always `$default`, and `pathParameters`, `stageVariables` and `authentication` are `null` when
present at all.
"""

from typing import Literal, Optional

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "LambdaFunctionUrlAuthorizerDict",
    "LambdaFunctionUrlCognitoIdentityDict",
    "LambdaFunctionUrlEventDict",
    "LambdaFunctionUrlHTTPDict",
    "LambdaFunctionUrlIAMDict",
    "LambdaFunctionUrlRequestContextDict",
    "LambdaFunctionUrlResponseDict",
]


class LambdaFunctionUrlHTTPDict(TypedDict):
    """The HTTP request line and peer of the request."""

    method: str
    """The HTTP method of the request."""
    path: str
    """The request path."""
    protocol: str
    """The protocol of the request (`HTTP/1.1`)."""
    sourceIp: str
    """The IP address of the TCP connection to the URL (or the first proxy's)."""
    userAgent: str
    """The `User-Agent` the client sent."""


class LambdaFunctionUrlCognitoIdentityDict(TypedDict):
    """The Cognito identity behind IAM credentials issued by a Cognito identity pool."""

    amr: list[str]
    """The authentication methods references."""
    identityId: str
    """The Cognito identity id."""
    identityPoolId: str
    """The Cognito identity pool id."""


class LambdaFunctionUrlIAMDict(TypedDict):
    """The IAM principal that signed the request (auth type `AWS_IAM`)."""

    accessKey: str
    """The access key that signed the request."""
    accountId: str
    """The AWS account of the principal."""
    callerId: str
    """The principal id of the caller."""
    cognitoIdentity: Optional[LambdaFunctionUrlCognitoIdentityDict]
    """The Cognito identity, when the credentials came from an identity pool; `null` otherwise."""
    principalOrgId: Optional[str]
    """The AWS Organizations id of the principal's account; `null` when it is in none."""
    userArn: str
    """The ARN of the IAM user or assumed role."""
    userId: str
    """The IAM user id, or role id for a role."""


class LambdaFunctionUrlAuthorizerDict(TypedDict):
    """Who signed the request, for URLs whose auth type is `AWS_IAM`."""

    iam: LambdaFunctionUrlIAMDict
    """The IAM principal."""


class LambdaFunctionUrlRequestContextDict(TypedDict):
    """Facts about the request that Lambda adds."""

    accountId: str
    """The AWS account of the caller (IAM auth), or `anonymous` for URLs whose auth type is `NONE`."""
    apiId: str
    """The id of the function URL (the first label of its host name)."""
    authentication: NotRequired[None]
    """Always `null` when present: function URLs have no mutual TLS."""
    authorizer: NotRequired[LambdaFunctionUrlAuthorizerDict]
    """The signer of the request, for auth type `AWS_IAM`; absent for `NONE`."""
    domainName: str
    """The host name of the function URL (`<url-id>.lambda-url.<region>.on.aws`)."""
    domainPrefix: str
    """The URL id, the first label of `domainName`."""
    http: LambdaFunctionUrlHTTPDict
    """The HTTP request line and peer."""
    requestId: str
    """The id of the request."""
    routeKey: Literal["$default"]
    """Always `$default`: function URLs have no routes."""
    stage: Literal["$default"]
    """Always `$default`: function URLs have no stages."""
    time: str
    """When the request arrived, in CLF format (`05/Aug/2022:08:14:39 +0000`)."""
    timeEpoch: int
    """When the request arrived, in milliseconds since the Unix epoch."""


class LambdaFunctionUrlEventDict(TypedDict):
    """The event of a request to a Lambda function URL.

    Repeated headers and query parameters arrive joined with commas; cookies arrive in `cookies`.
    """

    version: Literal["2.0"]
    """The payload format version."""
    routeKey: Literal["$default"]
    """Always `$default`."""
    rawPath: str
    """The request path, still URL-encoded."""
    rawQueryString: str
    """The query string without the `?`, still URL-encoded; empty when there is none."""
    cookies: NotRequired[list[str]]
    """Each cookie of the request (`name=value`); absent when there are none."""
    headers: dict[str, str]
    """The request headers, names in lower case; repeated headers joined with commas."""
    queryStringParameters: NotRequired[dict[str, str]]
    """The query string parameters, repeated names joined with commas; absent when there are none."""
    requestContext: LambdaFunctionUrlRequestContextDict
    """Facts about the request."""
    body: NotRequired[str]
    """The request body, base64-encoded when `isBase64Encoded`; absent when there is none."""
    pathParameters: NotRequired[None]
    """Always `null` when present: function URLs have no path variables."""
    stageVariables: NotRequired[None]
    """Always `null` when present: function URLs have no stages."""
    isBase64Encoded: bool
    """Whether `body` is base64-encoded."""


class LambdaFunctionUrlResponseDict(TypedDict):
    """The structured response of a function behind a function URL.

    A function may also return any other JSON value: without a `statusCode`, Lambda answers `200` with that
    value, serialized, as the JSON body.
    """

    statusCode: int
    """The HTTP status code of the response."""
    headers: NotRequired[dict[str, str]]
    """The response headers."""
    body: NotRequired[str]
    """The response body; base64-encoded binary data when `isBase64Encoded` is true."""
    isBase64Encoded: NotRequired[bool]
    """Whether Lambda must decode `body` from base64 before sending it."""
    cookies: NotRequired[list[str]]
    """Cookies to set, each sent as its own `Set-Cookie` header."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

LambdaFunctionUrlHandler = Callable[["LambdaFunctionUrlEventDict", "LambdaContext"], "LambdaFunctionUrlResponseDict"]
"""A function URL's function; return the structured HTTP response."""

__all__ += ["LambdaFunctionUrlHandler"]
# --- end generated handler aliases ---
