"""Amazon API Gateway REST APIs: the Lambda proxy integration event (also sent by HTTP APIs whose integration
uses payload format 1.0) and the response the function returns."""

from typing import Generic, Literal, Optional

from lambda_events._typing import NotRequired, TypedDict
from lambda_events.types._authorizer_context import AuthorizerContextT

__all__ = [
    "APIGatewayClientCertDict",
    "APIGatewayClientCertValidityDict",
    "APIGatewayCognitoAuthorizerContextDict",
    "APIGatewayHTTPMethod",
    "APIGatewayLambdaAuthorizerContextDict",
    "APIGatewayProxyEventDict",
    "APIGatewayProxyRequestContextDict",
    "APIGatewayProxyResponseDict",
    "APIGatewayRequestIdentityDict",
]

APIGatewayHTTPMethod = Literal["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
"""The HTTP methods API Gateway accepts; an `ANY` method receives the one the client actually used."""


class APIGatewayClientCertValidityDict(TypedDict):
    """When a client certificate may be used."""

    notBefore: str
    """Start of the validity period, as OpenSSL prints it (`May 28 12:30:02 2019 GMT`)."""
    notAfter: str
    """End of the validity period, same format (a single-digit day is padded with a space)."""


class APIGatewayClientCertDict(TypedDict):
    """The certificate a client presented for mutual TLS on a custom domain name."""

    clientCertPem: str
    """The whole certificate, PEM-encoded."""
    subjectDN: str
    """The distinguished name of the certificate's subject."""
    issuerDN: str
    """The distinguished name of the certificate's issuer."""
    serialNumber: str
    """The certificate's serial number."""
    validity: APIGatewayClientCertValidityDict
    """The certificate's validity period."""


class APIGatewayRequestIdentityDict(TypedDict):
    """Who called the API, as far as API Gateway knows.

    The IAM and Cognito fields are filled only for methods that use `AWS_IAM` authorization (Cognito identity
    pool credentials fill the `cognito*` ones too); otherwise they are `null`.
    """

    accessKey: Optional[str]
    """The AWS access key that signed the request (IAM authorization); `null` otherwise."""
    accountId: Optional[str]
    """The AWS account of the caller (IAM authorization); `null` otherwise."""
    apiKey: NotRequired[Optional[str]]
    """The API key the client sent, for methods that require one (the console test sends a placeholder)."""
    apiKeyId: NotRequired[Optional[str]]
    """The id of that API key."""
    caller: Optional[str]
    """The principal id of the caller that signed the request (IAM authorization); `null` otherwise."""
    clientCert: NotRequired[Optional[APIGatewayClientCertDict]]
    """The client certificate, when the custom domain name requires mutual TLS."""
    cognitoAmr: NotRequired[Optional[list[str]]]
    """The authentication methods references of the Cognito identity (HTTP API payload 1.0 sends `null`)."""
    cognitoAuthenticationProvider: Optional[str]
    """The Cognito providers that authenticated the caller, comma-separated (identity pool credentials only)."""
    cognitoAuthenticationType: Optional[str]
    """`authenticated` or `unauthenticated` for Cognito identity pool credentials; `null` otherwise."""
    cognitoIdentityId: Optional[str]
    """The Cognito identity id of the caller (identity pool credentials only)."""
    cognitoIdentityPoolId: Optional[str]
    """The Cognito identity pool id of the caller (identity pool credentials only)."""
    principalOrgId: NotRequired[Optional[str]]
    """The AWS Organizations id of the caller's account (IAM authorization); `null` otherwise. Added in 2020:
    events of older deployments and of local emulators (`sam local`) do not have it."""
    sourceIp: str
    """The IP address of the TCP connection to API Gateway (`test-invoke-source-ip` in a console test)."""
    user: Optional[str]
    """The principal id of the user that signed the request (IAM authorization); `null` otherwise."""
    userAgent: Optional[str]
    """The `User-Agent` the client sent."""
    userArn: Optional[str]
    """The ARN of the IAM user or role that signed the request (IAM authorization); `null` otherwise."""
    vpcId: NotRequired[str]
    """Private APIs only: the VPC the request came from."""
    vpceId: NotRequired[str]
    """Private APIs only: the VPC endpoint the request came through."""


class APIGatewayProxyRequestContextDict(TypedDict, Generic[AuthorizerContextT]):
    """Facts about the request and the API that API Gateway adds (its `$context` variables).

    Generic over the shape of `authorizer`, like the event (see `APIGatewayProxyEventDict`).
    """

    accountId: str
    """The AWS account that owns the API."""
    apiId: str
    """The id API Gateway assigned to the API."""
    authorizer: NotRequired[AuthorizerContextT]
    """What the method's authorizer returned; absent when the method has none. Its shape depends on the
    authorizer, and is the type parameter (`dict[str, Any]` when the type is used bare): a Lambda authorizer
    gives `principalId`, `integrationLatency` and the keys of its `context` (see
    `APIGatewayLambdaAuthorizerContextDict`); a Cognito user pool authorizer gives `claims` (see
    `APIGatewayCognitoAuthorizerContextDict`); an HTTP API with payload 1.0 gives `claims` and `scopes`
    (`null` without a JWT authorizer)."""
    deploymentId: NotRequired[str]
    """The id of the deployment the stage runs."""
    domainName: NotRequired[str]
    """The host name the client called (a custom domain name or the `execute-api` one). Added to the event
    over the years: older deployments, the console's test events and local emulators may leave it out."""
    domainPrefix: NotRequired[str]
    """The first label of `domainName`; absent where `domainName` is."""
    extendedRequestId: NotRequired[Optional[str]]
    """A second request id API Gateway generates, also used in its logs. Older deployments and local
    emulators leave it out, and some send `null`."""
    httpMethod: APIGatewayHTTPMethod
    """The HTTP method of the request."""
    identity: APIGatewayRequestIdentityDict
    """Who made the request."""
    operationName: NotRequired[str]
    """The operation name set on the method, when one is set."""
    path: str
    """The request path as the client sent it, including the stage (`/prod/pets/7`) unless a custom domain maps
    the stage away."""
    protocol: NotRequired[str]
    """The protocol of the request (`HTTP/1.1`, `HTTP/2.0`); absent in events of older deployments and local
    emulators."""
    requestId: str
    """The id of the request; API Gateway returns it in the `x-amzn-RequestId` response header."""
    requestTime: NotRequired[str]
    """When the request arrived, in CLF format (`04/Mar/2020:19:15:17 +0000`); absent in events of older
    deployments and local emulators."""
    requestTimeEpoch: NotRequired[int]
    """When the request arrived, in milliseconds since the Unix epoch; absent where `requestTime` is."""
    resourceId: Optional[str]
    """The id of the API resource; `null` in HTTP API payload 1.0 events."""
    resourcePath: str
    """The resource path template that matched (`/pets/{petId}`)."""
    stage: str
    """The stage the request was sent to (`test-invoke-stage` in a console test, `$default` in HTTP APIs)."""


class APIGatewayProxyEventDict(TypedDict, Generic[AuthorizerContextT]):
    """The event of a Lambda proxy integration: the whole HTTP request plus API Gateway's context.

    Parameterise it with the shape of `requestContext.authorizer`, which the method's authorizer decides:
    `APIGatewayProxyEventDict[APIGatewayCognitoAuthorizerContextDict]`, or a subclass of
    `APIGatewayLambdaAuthorizerContextDict` that declares your Lambda authorizer's `context` keys. Bare, it is
    a `dict[str, Any]`. Any TypedDict fits (the parameter is bound to `Mapping[str, object]`), so an HTTP API
    with payload 1.0 types its `claims` and `scopes` with its own.

    REST APIs send it, and so do HTTP APIs whose integration uses payload format 1.0 (those add `version`).
    Maps that would be empty are `null`, not `{}`, and the console's test button sends `headers` and
    `multiValueHeaders` as `null`: check before reading them. Events of older deployments, older console
    tests and local emulators lack the keys added later (`multiValueHeaders`,
    `multiValueQueryStringParameters` in 2018, `isBase64Encoded`, several `requestContext` keys), so those
    are `NotRequired` even though API Gateway sends them today.
    """

    version: NotRequired[Literal["1.0"]]
    """HTTP APIs only: the payload format version, `1.0`; REST APIs don't send it."""
    resource: str
    """The resource path template that matched (`/pets/{petId}`, `/{proxy+}`)."""
    path: str
    """The request path, without the stage (`/pets/7`)."""
    httpMethod: APIGatewayHTTPMethod
    """The HTTP method of the request."""
    headers: Optional[dict[str, str]]
    """The request headers, names as the client sent them; for a repeated header the last value wins. `null`
    when there are none (the console's test button)."""
    multiValueHeaders: NotRequired[Optional[dict[str, list[str]]]]
    """Every value of every request header, in order; `null` when there are none. Added in 2018: older
    events and local emulators may leave it out."""
    queryStringParameters: Optional[dict[str, str]]
    """The query string parameters, URL-decoded; for a repeated name the last value wins. `null` when there
    are none."""
    multiValueQueryStringParameters: NotRequired[Optional[dict[str, list[str]]]]
    """Every value of every query string parameter, in order; `null` when there are none. Added in 2018:
    older events and local emulators may leave it out."""
    pathParameters: Optional[dict[str, str]]
    """The values of the path template's variables (`{"petId": "7"}`, `{"proxy": "a/b"}`); `null` when the
    template has none."""
    stageVariables: Optional[dict[str, str]]
    """The stage's variables; `null` when it has none."""
    requestContext: APIGatewayProxyRequestContextDict[AuthorizerContextT]
    """Facts about the request and the API."""
    body: Optional[str]
    """The request body as a string, base64-encoded when `isBase64Encoded`; `null` when there is none."""
    isBase64Encoded: NotRequired[bool]
    """Whether `body` is base64-encoded (binary media types). Older events and local emulators leave it out:
    absent means `false`."""


class APIGatewayProxyResponseDict(TypedDict):
    """What a proxy integration function returns; API Gateway answers `502` to anything else.

    When both `headers` and `multiValueHeaders` name a header, API Gateway uses the `multiValueHeaders` values.
    """

    statusCode: int
    """The HTTP status code of the response."""
    headers: NotRequired[dict[str, str]]
    """Single-value response headers."""
    multiValueHeaders: NotRequired[dict[str, list[str]]]
    """Response headers with one or more values each (use it to send several `Set-Cookie` headers)."""
    body: NotRequired[str]
    """The response body; base64-encoded binary data when `isBase64Encoded` is true."""
    isBase64Encoded: NotRequired[bool]
    """Whether API Gateway must decode `body` from base64 before sending it (binary media types)."""


class APIGatewayCognitoAuthorizerContextDict(TypedDict):
    """`requestContext.authorizer` when the method uses a Cognito user pool authorizer (`COGNITO_USER_POOLS`).

    Such a method's handler takes `APIGatewayProxyEventDict[APIGatewayCognitoAuthorizerContextDict]`.
    """

    claims: dict[str, str]
    """The claims of the validated token, every value as a string (`"email_verified": "true"`, `exp` as a
    date string, `cognito:groups` as one string)."""


class APIGatewayLambdaAuthorizerContextDict(TypedDict):
    """`requestContext.authorizer` when the method uses a Lambda authorizer (`TOKEN` or `REQUEST`).

    Besides these two keys it holds every key of the `context` the authorizer returned: subclass it with
    those keys and parameterise the event with the subclass (`APIGatewayProxyEventDict[MyAuthorizerContextDict]`).
    """

    principalId: str
    """The `principalId` the authorizer returned."""
    integrationLatency: int
    """How long the call to the authorizer took, in milliseconds."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

APIGatewayProxyHandler = Callable[
    [APIGatewayProxyEventDict[AuthorizerContextT], "LambdaContext"],
    "APIGatewayProxyResponseDict",
]
"""A REST API (or payload 1.0) proxy integration; return the HTTP response. Generic like the event: `APIGatewayProxyHandler[MyContextDict]` takes an `APIGatewayProxyEventDict[MyContextDict]`."""

__all__ += ["APIGatewayProxyHandler"]
# --- end generated handler aliases ---
