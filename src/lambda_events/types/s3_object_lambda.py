"""Amazon S3 Object Lambda: the event an Object Lambda access point sends for a `GetObject`, `HeadObject`,
`ListObjects` or `ListObjectsV2` request."""

from typing import Literal, Union, final

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "S3ObjectLambdaConfigurationDict",
    "S3ObjectLambdaEventDict",
    "S3ObjectLambdaGetObjectContextDict",
    "S3ObjectLambdaGetObjectEventDict",
    "S3ObjectLambdaHeadObjectContextDict",
    "S3ObjectLambdaHeadObjectEventDict",
    "S3ObjectLambdaListObjectsContextDict",
    "S3ObjectLambdaListObjectsEventDict",
    "S3ObjectLambdaListObjectsV2ContextDict",
    "S3ObjectLambdaListObjectsV2EventDict",
    "S3ObjectLambdaSessionAttributesDict",
    "S3ObjectLambdaSessionContextDict",
    "S3ObjectLambdaSessionIssuerDict",
    "S3ObjectLambdaUserIdentityDict",
    "S3ObjectLambdaUserIdentityType",
    "S3ObjectLambdaUserRequestDict",
]

S3ObjectLambdaUserIdentityType = Literal[
    "Root",
    "IAMUser",
    "AssumedRole",
    "Role",
    "FederatedUser",
    "Directory",
    "AWSAccount",
    "AWSService",
    "IdentityCenterUser",
    "SAMLUser",
    "WebIdentityUser",
    "Unknown",
]
"""The kinds of identity CloudTrail names in `userIdentity.type` (CloudTrail user guide, "CloudTrail
userIdentity element"). CloudTrail adds identity types over time (`IdentityCenterUser` is recent): an open set."""


class S3ObjectLambdaGetObjectContextDict(TypedDict):
    """Where to read the original object and how to send the transformed one (`GetObject` only)."""

    inputS3Url: str
    """A presigned URL that fetches the original object through the supporting access point."""
    outputRoute: str
    """The routing token to pass as `RequestRoute` to `WriteGetObjectResponse`."""
    outputToken: str
    """The token to pass as `RequestToken` to `WriteGetObjectResponse`."""


class S3ObjectLambdaHeadObjectContextDict(TypedDict):
    """Where to read the original object's metadata (`HeadObject` only)."""

    inputS3Url: str
    """A presigned URL that makes the `HeadObject` call through the supporting access point."""


class S3ObjectLambdaListObjectsContextDict(TypedDict):
    """Where to read the original listing (`ListObjects` only)."""

    inputS3Url: str
    """A presigned URL that makes the `ListObjects` call through the supporting access point."""


class S3ObjectLambdaListObjectsV2ContextDict(TypedDict):
    """Where to read the original listing (`ListObjectsV2` only)."""

    inputS3Url: str
    """A presigned URL that makes the `ListObjectsV2` call through the supporting access point."""


class S3ObjectLambdaConfigurationDict(TypedDict):
    """The Object Lambda access point's configuration."""

    accessPointArn: str
    """The ARN of the Object Lambda access point that received the request."""
    supportingAccessPointArn: str
    """The ARN of the standard access point the access point reads through."""
    payload: NotRequired[str]
    """The custom data set in the access point's configuration, as text; absent when none is set."""


class S3ObjectLambdaUserRequestDict(TypedDict):
    """The request the caller made to the Object Lambda access point."""

    url: str
    """The URL of the request, as the caller sent it."""
    headers: dict[str, str]
    """The HTTP headers of the request, by name as the caller sent them."""


class S3ObjectLambdaSessionAttributesDict(TypedDict):
    """When and how the temporary credentials were issued."""

    mfaAuthenticated: str
    """`true` when the credentials were obtained with multi-factor authentication, else `false`."""
    creationDate: str
    """When the credentials were issued."""


class S3ObjectLambdaSessionIssuerDict(TypedDict):
    """The entity that issued the temporary credentials (usually a role)."""

    type: str
    """The kind of issuer: `Root`, `IAMUser` or `Role`."""
    principalId: str
    """The internal id of the issuer."""
    arn: str
    """The ARN of the issuer."""
    accountId: str
    """The account that owns the issuer."""
    userName: str
    """The name of the issuing user or role."""


class S3ObjectLambdaSessionContextDict(TypedDict):
    """The session of a caller using temporary credentials."""

    attributes: S3ObjectLambdaSessionAttributesDict
    """When and how the credentials were issued."""
    sessionIssuer: NotRequired[S3ObjectLambdaSessionIssuerDict]
    """Who issued the credentials; present for credentials obtained through a role."""


class S3ObjectLambdaUserIdentityDict(TypedDict):
    """Who made the request, in the form CloudTrail uses for `userIdentity`."""

    type: S3ObjectLambdaUserIdentityType
    """The kind of identity (`IAMUser`, `AssumedRole`, ...)."""
    principalId: str
    """The unique id of the caller."""
    arn: str
    """The ARN of the caller."""
    accountId: str
    """The account the caller belongs to."""
    accessKeyId: str
    """The access key id that signed the request."""
    userName: NotRequired[str]
    """The caller's user name; present for IAM users (CloudTrail's `userIdentity`; aws-lambda-go, Rust and Java
    do not declare it)."""
    sessionContext: NotRequired[S3ObjectLambdaSessionContextDict]
    """Present when the request was signed with temporary credentials."""


class _S3ObjectLambdaEventBase(TypedDict):
    """The keys every Object Lambda event has, whatever the operation."""

    xAmzRequestId: str
    """The S3 request id of the caller's request; log it to help support trace it."""
    configuration: S3ObjectLambdaConfigurationDict
    """The access point's configuration."""
    userRequest: S3ObjectLambdaUserRequestDict
    """The caller's original request."""
    userIdentity: S3ObjectLambdaUserIdentityDict
    """Who made the request."""
    protocolVersion: str
    """The version of this event's format: `1.00` for the first, `GetObject`-only format, `1.01` since the
    other operations were added."""


@final
class S3ObjectLambdaGetObjectEventDict(_S3ObjectLambdaEventBase):
    """A `GetObject` request: the function sends the object back with `WriteGetObjectResponse`."""

    getObjectContext: S3ObjectLambdaGetObjectContextDict
    """How to read the original object and deliver the transformed one."""


@final
class S3ObjectLambdaHeadObjectEventDict(_S3ObjectLambdaEventBase):
    """A `HeadObject` request: the function returns the object's metadata."""

    headObjectContext: S3ObjectLambdaHeadObjectContextDict
    """How to read the original object's metadata."""


@final
class S3ObjectLambdaListObjectsEventDict(_S3ObjectLambdaEventBase):
    """A `ListObjects` request: the function returns the listing."""

    listObjectsContext: S3ObjectLambdaListObjectsContextDict
    """How to read the original listing."""


@final
class S3ObjectLambdaListObjectsV2EventDict(_S3ObjectLambdaEventBase):
    """A `ListObjectsV2` request: the function returns the listing."""

    listObjectsV2Context: S3ObjectLambdaListObjectsV2ContextDict
    """How to read the original listing."""


S3ObjectLambdaEventDict = Union[
    S3ObjectLambdaGetObjectEventDict,
    S3ObjectLambdaHeadObjectEventDict,
    S3ObjectLambdaListObjectsEventDict,
    S3ObjectLambdaListObjectsV2EventDict,
]
"""Any Object Lambda event; test which context key is present (`"getObjectContext" in event`) to tell the
operation (the variants are final, so type checkers narrow on that test)."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

S3ObjectLambdaHandler = Callable[["S3ObjectLambdaEventDict", "LambdaContext"], object]
"""An S3 Object Lambda function; `GetObject` answers through `WriteGetObjectResponse`, the others by returning."""

__all__ += ["S3ObjectLambdaHandler"]
# --- end generated handler aliases ---
