"""Elastic Load Balancing Application Load Balancer: the event a Lambda target receives and its response.

A target group sends either single-value or multi-value headers and query strings, never both, depending on
its `lambda.multi_value_headers.enabled` attribute. `ALBEventDict` is the union of the two forms; both are
final, so `if "multiValueHeaders" in event:` narrows it for mypy and pyright alike.
"""

from typing import Union, final

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "ALBElbContextDict",
    "ALBEventDict",
    "ALBMultiValueEventDict",
    "ALBRequestContextDict",
    "ALBResponseDict",
    "ALBSingleValueEventDict",
]


class ALBElbContextDict(TypedDict):
    """The load balancer side of the request."""

    targetGroupArn: str
    """The ARN of the target group that invoked the function."""


class ALBRequestContextDict(TypedDict):
    """Where the request came from."""

    elb: ALBElbContextDict
    """The target group."""


@final
class ALBSingleValueEventDict(TypedDict):
    """The event of a target group without multi-value headers (the default)."""

    requestContext: ALBRequestContextDict
    """Where the request came from."""
    httpMethod: str
    """The HTTP method of the request."""
    path: str
    """The request path, URL-encoded as the client sent it."""
    queryStringParameters: dict[str, str]
    """The query string parameters, left URL-encoded as the client sent them; for a repeated name the last
    value wins. `{}` when there are none."""
    headers: dict[str, str]
    """The request headers, names in lower case; for a repeated header the last value wins."""
    body: str
    """The request body, base64-encoded when `isBase64Encoded`; empty when there is none."""
    isBase64Encoded: bool
    """Whether `body` is base64-encoded (the load balancer encodes bodies it does not know to be text)."""


@final
class ALBMultiValueEventDict(TypedDict):
    """The event of a target group with multi-value headers enabled."""

    requestContext: ALBRequestContextDict
    """Where the request came from."""
    httpMethod: str
    """The HTTP method of the request."""
    path: str
    """The request path, URL-encoded as the client sent it."""
    multiValueQueryStringParameters: dict[str, list[str]]
    """Every value of every query string parameter, left URL-encoded; `{}` when there are none."""
    multiValueHeaders: dict[str, list[str]]
    """Every value of every request header, names in lower case."""
    body: str
    """The request body, base64-encoded when `isBase64Encoded`; empty when there is none."""
    isBase64Encoded: bool
    """Whether `body` is base64-encoded (the load balancer encodes bodies it does not know to be text)."""


ALBEventDict = Union[ALBSingleValueEventDict, ALBMultiValueEventDict]
"""The event of an Application Load Balancer target group: single-value or multi-value, by its setting."""


class ALBResponseDict(TypedDict):
    """What a Lambda target returns to the load balancer.

    A target group with multi-value headers enabled uses only `multiValueHeaders`; one without uses only
    `headers`.
    """

    statusCode: int
    """The HTTP status code of the response."""
    statusDescription: NotRequired[str]
    """The status line text (`200 OK`)."""
    headers: NotRequired[dict[str, str]]
    """Single-value response headers (target groups without multi-value headers)."""
    multiValueHeaders: NotRequired[dict[str, list[str]]]
    """Response headers with one or more values each (target groups with multi-value headers)."""
    body: NotRequired[str]
    """The response body; base64-encoded binary data when `isBase64Encoded` is true."""
    isBase64Encoded: NotRequired[bool]
    """Whether the load balancer must decode `body` from base64 before sending it."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

ALBHandler = Callable[["ALBEventDict", "LambdaContext"], "ALBResponseDict"]
"""An Application Load Balancer target; return the HTTP response."""

__all__ += ["ALBHandler"]
# --- end generated handler aliases ---
