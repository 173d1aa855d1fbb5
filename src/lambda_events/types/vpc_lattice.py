"""Amazon VPC Lattice: the event a Lambda target group sends (event structure version 1.0 or 2.0, chosen on
the target group) and the response the function returns.

Version 1.0 uses snake_case keys and joins repeated header values with commas; version 2.0 uses camelCase
keys, sends every header and query value as a list, and adds the request context.
"""

from typing import Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "VPCLatticeEventDict",
    "VPCLatticeEventV2Dict",
    "VPCLatticeIdentityV2Dict",
    "VPCLatticeRequestContextV2Dict",
    "VPCLatticeResponseDict",
]


class VPCLatticeEventDict(TypedDict):
    """The event of a Lambda target group with event structure version 1.0."""

    raw_path: str
    """The request path."""
    method: str
    """The HTTP method of the request."""
    headers: dict[str, str]
    """The request headers; repeated values joined with commas."""
    query_string_parameters: dict[str, str]
    """The query string parameters. The Rust crate accepts this key and `body` absent; the VPC Lattice guide's
    version 1.0 event carries both, so they stay required."""
    body: str
    """The request body, base64-encoded when `is_base64_encoded`."""
    is_base64_encoded: bool
    """Whether `body` is base64-encoded."""


class VPCLatticeIdentityV2Dict(TypedDict):
    """Who made the request. Which keys are present depends on the caller and on the service's auth policy:
    `principal` and the session keys need a signed (`AWS_IAM`) request, the `x509*` keys IAM Roles Anywhere."""

    sourceVpcArn: NotRequired[str]
    """The ARN of the VPC the request came from."""
    type: NotRequired[str]
    """How the request was authenticated (`AWS_IAM`)."""
    principal: NotRequired[str]
    """The ARN of the authenticated principal."""
    principalOrgID: NotRequired[str]
    """The AWS Organizations id of the principal's account."""
    sessionName: NotRequired[str]
    """The session name of the authenticated role session."""
    x509IssuerOu: NotRequired[str]
    """Roles Anywhere: the organizational unit of the certificate's issuer."""
    x509SanDns: NotRequired[str]
    """Roles Anywhere: the DNS name in the certificate's subject alternative names."""
    x509SanNameCn: NotRequired[str]
    """Roles Anywhere: the directory name common name in the subject alternative names."""
    x509SanUri: NotRequired[str]
    """Roles Anywhere: the URI in the certificate's subject alternative names."""
    x509SubjectCn: NotRequired[str]
    """Roles Anywhere: the common name of the certificate's subject."""


class VPCLatticeRequestContextV2Dict(TypedDict):
    """Where the request went and who sent it."""

    serviceNetworkArn: str
    """The ARN of the service network that delivered the request."""
    serviceArn: str
    """The ARN of the service that received the request."""
    targetGroupArn: str
    """The ARN of the target group that invoked the function."""
    identity: VPCLatticeIdentityV2Dict
    """Who made the request."""
    region: str
    """The Region of the target group."""
    timeEpoch: str
    """When the request arrived, in microseconds since the Unix epoch, as a string."""


class VPCLatticeEventV2Dict(TypedDict):
    """The event of a Lambda target group with event structure version 2.0."""

    version: Literal["2.0"]
    """The event structure version."""
    path: str
    """The request path."""
    method: str
    """The HTTP method of the request."""
    headers: dict[str, list[str]]
    """Every value of every request header."""
    queryStringParameters: NotRequired[dict[str, list[str]]]
    """Every value of every query string parameter."""
    body: NotRequired[str]
    """The request body, base64-encoded when `isBase64Encoded`."""
    isBase64Encoded: bool
    """Whether `body` is base64-encoded."""
    requestContext: VPCLatticeRequestContextV2Dict
    """Where the request went and who sent it."""


class VPCLatticeResponseDict(TypedDict):
    """What the function returns to VPC Lattice (both event structure versions)."""

    statusCode: int
    """The HTTP status code of the response."""
    statusDescription: NotRequired[str]
    """The status line text (`200 OK`)."""
    headers: NotRequired[dict[str, str]]
    """The response headers."""
    body: NotRequired[str]
    """The response body; base64-encoded binary data when `isBase64Encoded` is true."""
    isBase64Encoded: NotRequired[bool]
    """Whether VPC Lattice must decode `body` from base64 before sending it."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

VPCLatticeHandler = Callable[["VPCLatticeEventDict", "LambdaContext"], "VPCLatticeResponseDict"]
"""A VPC Lattice target, event structure version 1; return the HTTP response."""

VPCLatticeV2Handler = Callable[["VPCLatticeEventV2Dict", "LambdaContext"], "VPCLatticeResponseDict"]
"""A VPC Lattice target, event structure version 2; return the HTTP response."""

__all__ += ["VPCLatticeHandler", "VPCLatticeV2Handler"]
# --- end generated handler aliases ---
