"""Amazon API Gateway HTTP APIs: the Lambda proxy integration event of payload format 2.0 and the structured
response.

The authorizer part of the request context depends on the route's authorizer; each kind is its own final
TypedDict, so `if "jwt" in authorizer:` narrows the union for mypy and pyright alike. The event is generic over
it: a handler whose route has one kind of authorizer says which (`APIGatewayProxyEventV2Dict[MyLambdaAuthorizerDict]`)
and reads it without narrowing.
"""

from typing import TYPE_CHECKING, Any, Generic, Literal, Mapping, Optional, Union, final

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "APIGatewayProxyEventV2Dict",
    "APIGatewayProxyEventV2RequestContextDict",
    "APIGatewayProxyResponseV2Dict",
    "APIGatewayV2AuthenticationDict",
    "APIGatewayV2AuthorizerDict",
    "APIGatewayV2ClientCertDict",
    "APIGatewayV2ClientCertValidityDict",
    "APIGatewayV2CognitoIdentityDict",
    "APIGatewayV2HTTPDict",
    "APIGatewayV2IAMAuthorizerDict",
    "APIGatewayV2IAMDict",
    "APIGatewayV2JWTAuthorizerDict",
    "APIGatewayV2JWTDict",
    "APIGatewayV2LambdaAuthorizerDict",
]


class APIGatewayV2ClientCertValidityDict(TypedDict):
    """When a client certificate may be used."""

    notBefore: str
    """Start of the validity period, as OpenSSL prints it (`May 28 12:30:02 2019 GMT`)."""
    notAfter: str
    """End of the validity period, same format (a single-digit day is padded with a space)."""


class APIGatewayV2ClientCertDict(TypedDict):
    """The certificate a client presented for mutual TLS on a custom domain name."""

    clientCertPem: str
    """The whole certificate, PEM-encoded."""
    subjectDN: str
    """The distinguished name of the certificate's subject."""
    issuerDN: str
    """The distinguished name of the certificate's issuer."""
    serialNumber: str
    """The certificate's serial number."""
    validity: APIGatewayV2ClientCertValidityDict
    """The certificate's validity period."""


class APIGatewayV2AuthenticationDict(TypedDict):
    """How the client authenticated the TLS connection (present only when mutual TLS is on)."""

    clientCert: APIGatewayV2ClientCertDict
    """The client certificate."""


class APIGatewayV2HTTPDict(TypedDict):
    """The HTTP request line and peer of the request."""

    method: Literal["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    """The HTTP method of the request."""
    path: str
    """The request path, including the stage unless it is `$default` or a custom domain maps it away."""
    protocol: str
    """The protocol of the request (`HTTP/1.1`)."""
    sourceIp: str
    """The IP address of the TCP connection to API Gateway."""
    userAgent: str
    """The `User-Agent` the client sent."""


class APIGatewayV2JWTDict(TypedDict):
    """What a JWT authorizer validated."""

    claims: dict[str, str]
    """The token's claims, every value as a string (lists become one string)."""
    scopes: NotRequired[Optional[list[str]]]
    """The scopes of an access token; `null` when the token has none (an ID token), and absent in some
    events: read it with `jwt.get("scopes") or []`."""


@final
class APIGatewayV2JWTAuthorizerDict(TypedDict):
    """The authorizer context of a route that uses a JWT authorizer."""

    jwt: APIGatewayV2JWTDict
    """The validated token."""
    principalId: NotRequired[str]
    """Sent by some deployments alongside `jwt`, usually empty; not documented by API Gateway."""
    integrationLatency: NotRequired[int]
    """Sent by some deployments alongside `jwt` (`0` for a JWT authorizer, which runs no function); not
    documented by API Gateway."""


class APIGatewayV2CognitoIdentityDict(TypedDict):
    """The Cognito identity behind IAM credentials issued by a Cognito identity pool."""

    amr: list[str]
    """The authentication methods references (`authenticated`, and the provider that signed the user in)."""
    identityId: str
    """The Cognito identity id."""
    identityPoolId: str
    """The Cognito identity pool id."""


class APIGatewayV2IAMDict(TypedDict):
    """The IAM principal that signed the request (Signature Version 4)."""

    accessKey: str
    """The access key that signed the request."""
    accountId: str
    """The AWS account of the principal."""
    callerId: str
    """The principal id of the caller (for a role, `role-id:session-name`)."""
    cognitoIdentity: Optional[APIGatewayV2CognitoIdentityDict]
    """The Cognito identity, when the credentials came from an identity pool; `null` otherwise."""
    principalOrgId: Optional[str]
    """The AWS Organizations id of the principal's account; `null` when it is in none."""
    userArn: str
    """The ARN of the IAM user or assumed role."""
    userId: str
    """The IAM user id, or role id for a role."""


@final
class APIGatewayV2IAMAuthorizerDict(TypedDict):
    """The authorizer context of a route that uses IAM authorization."""

    iam: APIGatewayV2IAMDict
    """The principal that signed the request."""


_APIGatewayV2LambdaAuthorizerKeys = TypedDict(
    "_APIGatewayV2LambdaAuthorizerKeys",
    {"lambda": dict[str, Any]},
)
"""The keys of a Lambda authorizer's context whose names are not Python identifiers.

- `lambda`: the `context` the Lambda authorizer returned, as it returned it (strings, numbers, booleans,
  lists and objects are all kept).
"""


@final
class APIGatewayV2LambdaAuthorizerDict(_APIGatewayV2LambdaAuthorizerKeys):
    """The authorizer context of a route that uses a Lambda authorizer; its `lambda` key is documented on the
    base above.

    To type the `context` your authorizer returns, declare a TypedDict of your own with the same key (in the
    functional syntax, since `lambda` is a keyword):
    `SessionAuthorizerDict = TypedDict("SessionAuthorizerDict", {"lambda": SessionContextDict})`, and
    parameterise the event with it: `APIGatewayProxyEventV2Dict[SessionAuthorizerDict]`. This class cannot be
    generic over `lambda` itself: pyright gives no type parameters to a TypedDict of the functional syntax.
    """


APIGatewayV2AuthorizerDict = Union[
    APIGatewayV2LambdaAuthorizerDict, APIGatewayV2JWTAuthorizerDict, APIGatewayV2IAMAuthorizerDict
]
"""`requestContext.authorizer`: one of the three kinds, by the route's authorization type (the shape of a bare
`APIGatewayProxyEventV2Dict`'s authorizer)."""

if TYPE_CHECKING:
    # Bound to `Mapping[str, object]`: an authorizer context is a JSON object (any TypedDict or union of them
    # fits). The default (PEP 696) keeps `APIGatewayProxyEventV2Dict` alone meaning the union of the three
    # kinds; type checkers read it from `typing_extensions`, the runtime from `type_parameter`.
    from typing_extensions import TypeVar

    AuthorizerT = TypeVar("AuthorizerT", bound=Mapping[str, object], default=APIGatewayV2AuthorizerDict)
else:
    from lambda_events._typing import type_parameter

    AuthorizerT = type_parameter("AuthorizerT", bound=Mapping[str, object], default=APIGatewayV2AuthorizerDict)


class APIGatewayProxyEventV2RequestContextDict(TypedDict, Generic[AuthorizerT]):
    """Facts about the request and the API that API Gateway adds; generic over the shape of `authorizer`, like
    the event (see `APIGatewayProxyEventV2Dict`)."""

    accountId: str
    """The AWS account that owns the API."""
    apiId: str
    """The id API Gateway assigned to the API."""
    authentication: NotRequired[APIGatewayV2AuthenticationDict]
    """The client certificate; present only when the custom domain name requires mutual TLS."""
    authorizer: NotRequired[AuthorizerT]
    """What the route's authorizer established; absent when the route has no authorizer. Its type is the
    type parameter (`APIGatewayV2AuthorizerDict`, the union of the three kinds, when the type is used bare)."""
    domainName: str
    """The host name the client called."""
    domainPrefix: str
    """The first label of `domainName`."""
    http: APIGatewayV2HTTPDict
    """The HTTP request line and peer."""
    requestId: str
    """The id of the request; API Gateway returns it in the `apigw-requestid` response header."""
    routeId: NotRequired[Optional[str]]
    """The id of the matched route; older events carry it, often as `null`."""
    routeKey: str
    """The route that matched (`GET /pets/{id}`, `$default`)."""
    stage: str
    """The stage the request was sent to (`$default` for the default stage)."""
    time: str
    """When the request arrived, in CLF format (`12/Mar/2020:19:03:58 +0000`)."""
    timeEpoch: int
    """When the request arrived, in milliseconds since the Unix epoch."""


class APIGatewayProxyEventV2Dict(TypedDict, Generic[AuthorizerT]):
    """The event of an HTTP API Lambda integration with payload format 2.0.

    Repeated headers and query parameters arrive joined with commas; cookies arrive in `cookies`, not in the
    headers. Maps and lists with nothing to hold are left out, not sent as `null`.

    Parameterise it with the shape of `requestContext.authorizer`, which the route's authorizer decides:
    `APIGatewayProxyEventV2Dict[APIGatewayV2JWTAuthorizerDict]`, or your own TypedDict with a `lambda` key
    typed by your Lambda authorizer's `context` (see `APIGatewayV2LambdaAuthorizerDict`). Bare, it is
    `APIGatewayV2AuthorizerDict`, the union of the three kinds, which `"lambda" in authorizer` narrows.
    """

    version: Literal["2.0"]
    """The payload format version."""
    routeKey: str
    """The route that matched (`GET /pets/{id}`, `$default`)."""
    rawPath: str
    """The request path, still URL-encoded."""
    rawQueryString: str
    """The query string without the `?`, still URL-encoded; empty when there is none."""
    cookies: NotRequired[list[str]]
    """Each cookie of the `Cookie` headers (`name=value`); absent when the request has none."""
    headers: dict[str, str]
    """The request headers, names in lower case; repeated headers joined with commas."""
    queryStringParameters: NotRequired[dict[str, str]]
    """The query string parameters, URL-decoded, repeated names joined with commas; absent when there are
    none."""
    pathParameters: NotRequired[dict[str, str]]
    """The values of the route's path variables; absent when it has none."""
    stageVariables: NotRequired[Optional[dict[str, str]]]
    """The stage's variables; absent when it has none (`sam local start-api` sends `null` instead)."""
    requestContext: APIGatewayProxyEventV2RequestContextDict[AuthorizerT]
    """Facts about the request and the API."""
    body: NotRequired[str]
    """The request body, base64-encoded when `isBase64Encoded`; absent when there is none."""
    isBase64Encoded: bool
    """Whether `body` is base64-encoded (API Gateway encodes every body it does not know to be text)."""


class APIGatewayProxyResponseV2Dict(TypedDict):
    """The structured response of a payload format 2.0 integration.

    A function may also return any other JSON value: without a `statusCode`, API Gateway answers `200` with
    that value, serialized, as the JSON body.
    """

    statusCode: int
    """The HTTP status code of the response."""
    headers: NotRequired[dict[str, str]]
    """The response headers; join repeated values with commas."""
    body: NotRequired[str]
    """The response body; base64-encoded binary data when `isBase64Encoded` is true."""
    isBase64Encoded: NotRequired[bool]
    """Whether API Gateway must decode `body` from base64 before sending it."""
    cookies: NotRequired[list[str]]
    """Cookies to set, each sent as its own `Set-Cookie` header (`name=value; Secure; HttpOnly`)."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

APIGatewayProxyV2Handler = Callable[
    [APIGatewayProxyEventV2Dict[AuthorizerT], "LambdaContext"],
    "APIGatewayProxyResponseV2Dict",
]
"""An HTTP API payload 2.0 integration; return the structured HTTP response. Generic like the event: `APIGatewayProxyV2Handler[APIGatewayV2JWTAuthorizerDict]` for a route with a JWT authorizer."""

__all__ += ["APIGatewayProxyV2Handler"]
# --- end generated handler aliases ---
