"""Amazon CloudFront Lambda@Edge: the request and response events of the four triggers, and what a function
returns from each.

A viewer-request or origin-request function returns the request (changed or not) to let CloudFront go on,
or a response it generated to answer the viewer directly. A viewer-response or origin-response function
returns the response. Headers are keyed by lowercase name; each holds a list of `{key, value}` pairs, one per
occurrence, where `key` keeps the header name's original case.
"""

from typing import Literal, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CloudFrontConfigDict",
    "CloudFrontCustomOriginDict",
    "CloudFrontGeneratedResponseDict",
    "CloudFrontHeaderDict",
    "CloudFrontHeadersDict",
    "CloudFrontOriginDict",
    "CloudFrontRequestBodyDict",
    "CloudFrontRequestDict",
    "CloudFrontRequestEventDict",
    "CloudFrontRequestRecordDict",
    "CloudFrontRequestRecordEntityDict",
    "CloudFrontRequestResultDict",
    "CloudFrontResponseConfigDict",
    "CloudFrontResponseDict",
    "CloudFrontResponseEventDict",
    "CloudFrontResponseRecordDict",
    "CloudFrontResponseRecordEntityDict",
    "CloudFrontResponseResultDict",
    "CloudFrontS3OriginDict",
]


class CloudFrontHeaderDict(TypedDict):
    """One occurrence of a header."""

    key: str
    """The header name as it appears in the HTTP message (`User-Agent`)."""
    value: str
    """The header value."""


CloudFrontHeadersDict = dict[str, list[CloudFrontHeaderDict]]
"""Headers by lowercase name; each entry lists one `{key, value}` pair per occurrence of the header."""


class CloudFrontConfigDict(TypedDict):
    """The distribution and trigger of a request event."""

    distributionDomainName: str
    """The domain name of the distribution (`d111111abcdef8.cloudfront.net`)."""
    distributionId: str
    """The id of the distribution (`EDFDVBD6EXAMPLE`)."""
    eventType: Literal["viewer-request", "origin-request"]
    """Which trigger invoked the function."""
    requestId: NotRequired[str]
    """An encrypted id of the viewer's request, also logged as `x-edge-request-id` (documented at first for
    viewer events only)."""


class CloudFrontResponseConfigDict(TypedDict):
    """The distribution and trigger of a response event."""

    distributionDomainName: str
    """The domain name of the distribution."""
    distributionId: str
    """The id of the distribution."""
    eventType: Literal["viewer-response", "origin-response"]
    """Which trigger invoked the function."""
    requestId: NotRequired[str]
    """An encrypted id of the viewer's request, also logged as `x-edge-request-id` (documented at first for
    viewer events only)."""


class CloudFrontRequestBodyDict(TypedDict):
    """The request body, sent when the trigger has the include-body option on."""

    inputTruncated: bool
    """`true` when CloudFront cut the body to the size Lambda@Edge accepts."""
    action: Literal["read-only", "replace"]
    """`read-only` as received; set it to `replace` to send `data` to the origin instead."""
    encoding: Literal["base64", "text"]
    """How `data` is encoded: `base64` as received; a replacement may be `text`."""
    data: str
    """The body, encoded as `encoding` says."""


class CloudFrontCustomOriginDict(TypedDict):
    """A custom (HTTP) origin the request goes to."""

    customHeaders: CloudFrontHeadersDict
    """Headers CloudFront adds to requests to this origin, in the same form as request headers."""
    domainName: str
    """The origin's domain name (`example.com`)."""
    keepaliveTimeout: int
    """Seconds to keep the connection to the origin open after a response (1 to 60)."""
    path: str
    """A path prefix added to every request to the origin (`/custom_path`), or empty."""
    port: int
    """The origin's port: 80, 443, or 1024 to 65535."""
    protocol: Literal["http", "https"]
    """The protocol CloudFront uses to reach the origin."""
    readTimeout: int
    """Seconds to wait for the origin's response and between its packets (4 to 60)."""
    sslProtocols: list[Literal["TLSv1.2", "TLSv1.1", "TLSv1", "SSLv3"]]
    """The TLS/SSL protocols CloudFront may use to reach the origin over HTTPS."""


class CloudFrontS3OriginDict(TypedDict):
    """An Amazon S3 bucket origin the request goes to."""

    authMethod: Literal["origin-access-identity", "none"]
    """`origin-access-identity` when the bucket is reached with an origin access identity, `none` otherwise."""
    customHeaders: CloudFrontHeadersDict
    """Headers CloudFront adds to requests to this origin, in the same form as request headers."""
    domainName: str
    """The bucket's domain name (`my-bucket.s3.amazonaws.com`)."""
    path: str
    """A path prefix added to every request to the bucket (`/s3_path`), or empty."""
    region: str
    """The bucket's Region (needed with an origin access identity)."""


class CloudFrontOriginDict(TypedDict):
    """The origin an origin-request is routed to: exactly one of `custom` and `s3`.

    A function may replace it, and may switch between the two kinds, to route the request elsewhere.
    """

    custom: NotRequired[CloudFrontCustomOriginDict]
    """A custom origin."""
    s3: NotRequired[CloudFrontS3OriginDict]
    """An Amazon S3 origin."""


class CloudFrontRequestDict(TypedDict):
    """The viewer's request, as CloudFront passes it to the function and as the function may return it."""

    clientIp: str
    """The viewer's IP address (of its proxy or load balancer, if it used one), IPv4 or IPv6."""
    headers: CloudFrontHeadersDict
    """The request headers."""
    method: str
    """The HTTP method (`GET`, `POST`)."""
    querystring: str
    """The query string without the `?`; empty when there is none."""
    uri: str
    """The path of the requested object (`/picture.jpg`); a function may change it (it must start with `/`)."""
    body: NotRequired[CloudFrontRequestBodyDict]
    """The request body; only when the trigger has the include-body option on."""
    origin: NotRequired[CloudFrontOriginDict]
    """Origin-request events only: the origin the request is routed to."""


class CloudFrontRequestRecordEntityDict(TypedDict):
    """The CloudFront part of a request record."""

    config: CloudFrontConfigDict
    """The distribution and trigger."""
    request: CloudFrontRequestDict
    """The request."""


class CloudFrontRequestRecordDict(TypedDict):
    """One record of a request event."""

    cf: CloudFrontRequestRecordEntityDict
    """The distribution, trigger and request."""


class CloudFrontRequestEventDict(TypedDict):
    """The event of a viewer-request or origin-request Lambda@Edge trigger."""

    Records: list[CloudFrontRequestRecordDict]
    """Always exactly one record."""


class CloudFrontResponseDict(TypedDict):
    """The response, as CloudFront passes it to the function and as the function may return it."""

    status: str
    """The HTTP status code, as a string (`200`)."""
    statusDescription: str
    """The HTTP reason phrase (`OK`)."""
    headers: CloudFrontHeadersDict
    """The response headers."""
    body: NotRequired[str]
    """Never in the event; an origin-response function sets it to replace the body."""
    bodyEncoding: NotRequired[Literal["text", "base64"]]
    """How a replacement `body` is encoded; `text` when left out."""


class CloudFrontResponseRecordEntityDict(TypedDict):
    """The CloudFront part of a response record."""

    config: CloudFrontResponseConfigDict
    """The distribution and trigger."""
    request: CloudFrontRequestDict
    """The request the response answers (changes to it are ignored)."""
    response: CloudFrontResponseDict
    """The response from the origin (origin-response) or to the viewer (viewer-response)."""


class CloudFrontResponseRecordDict(TypedDict):
    """One record of a response event."""

    cf: CloudFrontResponseRecordEntityDict
    """The distribution, trigger, request and response."""


class CloudFrontResponseEventDict(TypedDict):
    """The event of a viewer-response or origin-response Lambda@Edge trigger."""

    Records: list[CloudFrontResponseRecordDict]
    """Always exactly one record."""


class CloudFrontGeneratedResponseDict(TypedDict):
    """A response a request function generates to answer the viewer without going on to the cache or origin."""

    status: str
    """The HTTP status code, as a string (`302`)."""
    statusDescription: NotRequired[str]
    """The HTTP reason phrase."""
    headers: NotRequired[CloudFrontHeadersDict]
    """The response headers."""
    body: NotRequired[str]
    """The response body."""
    bodyEncoding: NotRequired[Literal["text", "base64"]]
    """How `body` is encoded; `text` when left out."""


CloudFrontRequestResultDict = Union[CloudFrontRequestDict, CloudFrontGeneratedResponseDict]
"""What a viewer-request or origin-request function returns: the request to go on with, or a response."""

CloudFrontResponseResultDict = CloudFrontResponseDict
"""What a viewer-response or origin-response function returns: the response, changed or not."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CloudFrontRequestHandler = Callable[["CloudFrontRequestEventDict", "LambdaContext"], "CloudFrontRequestResultDict"]
"""A Lambda@Edge viewer-request or origin-request function; return the request or a generated response."""

CloudFrontResponseHandler = Callable[["CloudFrontResponseEventDict", "LambdaContext"], "CloudFrontResponseResultDict"]
"""A Lambda@Edge viewer-response or origin-response function; return the response."""

__all__ += ["CloudFrontRequestHandler", "CloudFrontResponseHandler"]
# --- end generated handler aliases ---
