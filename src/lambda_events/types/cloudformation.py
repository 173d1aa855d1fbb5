"""AWS CloudFormation custom resources: the Create, Update and Delete requests a provider function receives,
and the response it uploads to the request's presigned URL; and the requests and responses of the `onEvent`
and `isComplete` handlers of the AWS CDK provider framework (`aws_cdk.custom_resources.Provider`), which
receives CloudFormation's request itself and answers it from what the handlers return."""

from typing import Any, Literal, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CloudFormationCDKIsCompleteRequestDict",
    "CloudFormationCDKIsCompleteResponseDict",
    "CloudFormationCDKOnEventRequestDict",
    "CloudFormationCDKOnEventResponseDict",
    "CloudFormationCustomResourceCreateEventDict",
    "CloudFormationCustomResourceDeleteEventDict",
    "CloudFormationCustomResourceEventDict",
    "CloudFormationCustomResourceResponseDict",
    "CloudFormationCustomResourceUpdateEventDict",
]


class _CloudFormationCustomResourceRequestBase(TypedDict):
    """The keys of every custom resource request."""

    ServiceToken: NotRequired[str]
    """The ARN of the function (or SNS topic) the template names as the resource's `ServiceToken`. Sent today,
    but absent from requests in the CloudFormation user guide's older examples, so not required: the same
    ARN is always in `ResourceProperties`."""
    ResponseURL: str
    """The presigned S3 URL to `PUT` the response to; CloudFormation waits for it until the timeout."""
    StackId: str
    """The ARN of the stack that holds the custom resource."""
    RequestId: str
    """A unique id of the request; with `StackId` it identifies the request. Copy it into the response."""
    LogicalResourceId: str
    """The resource's logical id in the template."""
    ResourceType: str
    """The resource type the template gives: `AWS::CloudFormation::CustomResource` or `Custom::` followed by a
    name of the template author's choice."""
    ResourceProperties: dict[str, Any]
    """The resource's properties from the template, with `ServiceToken` (and `ServiceTimeout`, when set)
    among them. Values arrive as strings, lists and objects: CloudFormation turns numbers and booleans into
    strings."""


class CloudFormationCustomResourceCreateEventDict(_CloudFormationCustomResourceRequestBase):
    """The request sent when the stack creates the resource; the response names its physical id."""

    RequestType: Literal["Create"]
    """Always `Create`."""


class CloudFormationCustomResourceUpdateEventDict(_CloudFormationCustomResourceRequestBase):
    """The request sent when an update changes the resource's properties.

    Returning a different `PhysicalResourceId` replaces the resource: CloudFormation later sends a `Delete` for
    the old id.
    """

    RequestType: Literal["Update"]
    """Always `Update`."""
    PhysicalResourceId: str
    """The physical id the provider returned for the resource."""
    OldResourceProperties: dict[str, Any]
    """The resource's properties before the update."""


class CloudFormationCustomResourceDeleteEventDict(_CloudFormationCustomResourceRequestBase):
    """The request sent when the stack deletes the resource (or after an update replaced it)."""

    RequestType: Literal["Delete"]
    """Always `Delete`."""
    PhysicalResourceId: str
    """The physical id of the resource to delete."""


CloudFormationCustomResourceEventDict = Union[
    CloudFormationCustomResourceCreateEventDict,
    CloudFormationCustomResourceUpdateEventDict,
    CloudFormationCustomResourceDeleteEventDict,
]
"""Any custom resource request; compare `RequestType` to learn which (checkers then know the keys of each)."""


class CloudFormationCustomResourceResponseDict(TypedDict):
    """The JSON document a provider uploads to `ResponseURL` (at most 4096 bytes)."""

    Status: Literal["SUCCESS", "FAILED"]
    """Whether the operation succeeded."""
    Reason: NotRequired[str]
    """Why the operation failed; required when `Status` is `FAILED`, shown in the stack's events."""
    PhysicalResourceId: str
    """The provider's id for the resource (at most 1 KB). Return the request's id on `Update` and `Delete`
    unless the update replaces the resource."""
    StackId: str
    """The request's `StackId`, copied unchanged."""
    RequestId: str
    """The request's `RequestId`, copied unchanged."""
    LogicalResourceId: str
    """The request's `LogicalResourceId`, copied unchanged."""
    NoEcho: NotRequired[bool]
    """`true` masks the values of `Data` wherever CloudFormation would show them; `false` by default."""
    Data: NotRequired[dict[str, Any]]
    """Values the template can read with `Fn::GetAtt`, by attribute name."""


class _CloudFormationCDKRequestDict(TypedDict):
    """The keys of the requests the CDK provider framework passes to the `onEvent` and `isComplete` handlers:
    CloudFormation's request, whose `ResponseURL` the framework answers itself (it may pass the URL on, mask
    it or leave it out: never use it) and whose `ServiceToken` names the framework's own function (the Rust
    crate's provider types have neither key; DefinitelyTyped declares both)."""

    RequestType: Literal["Create", "Update", "Delete"]
    """The operation CloudFormation asks for (a closed set)."""
    ServiceToken: NotRequired[str]
    """The ARN of the provider framework's entry function, as CloudFormation sent it."""
    ResponseURL: NotRequired[str]
    """Left out or masked by the framework, which answers CloudFormation itself; never upload to it."""
    StackId: str
    """The ARN of the stack that holds the custom resource."""
    RequestId: str
    """A unique id of the request."""
    LogicalResourceId: str
    """The resource's logical id in the template."""
    ResourceType: str
    """The resource type the template gives (`Custom::` followed by a name)."""
    ResourceProperties: dict[str, Any]
    """The resource's properties from the template (with `ServiceToken`); numbers and booleans as strings."""
    OldResourceProperties: NotRequired[dict[str, Any]]
    """`Update` only: the resource's properties before the update."""


class CloudFormationCDKOnEventRequestDict(_CloudFormationCDKRequestDict):
    """The request of a CDK provider framework `onEvent` handler, for every lifecycle event of the resource.

    Return a `CloudFormationCDKOnEventResponseDict` (or nothing: the physical id then defaults as the
    framework documents); raise to fail the operation.
    """

    PhysicalResourceId: NotRequired[str]
    """`Update` and `Delete` only: the resource's current physical id."""


class CloudFormationCDKIsCompleteRequestDict(_CloudFormationCDKRequestDict):
    """The request of a CDK provider framework `isComplete` handler: the `onEvent` request with what
    `onEvent` returned merged in, sent again and again until the handler says the operation is complete.

    Besides `PhysicalResourceId`, `Data` and `NoEcho`, the framework merges in any other key `onEvent`
    returned; declare those in a subclass of this type.
    """

    PhysicalResourceId: str
    """The physical id: the one `onEvent` returned, or the request's own."""
    Data: NotRequired[dict[str, Any]]
    """The attributes `onEvent` returned, when it returned any."""
    NoEcho: NotRequired[bool]
    """Whether `onEvent` asked CloudFormation to mask `Data`."""


class CloudFormationCDKOnEventResponseDict(TypedDict):
    """What a CDK provider framework `onEvent` handler returns; every key is optional."""

    PhysicalResourceId: NotRequired[str]
    """The resource's physical id; on `Update`, a different id replaces the resource (a `Delete` follows for
    the old one); on `Delete`, return the request's id unchanged."""
    Data: NotRequired[dict[str, Any]]
    """Values the template can read with `Fn::GetAtt` (with an `isComplete` handler, merged with its `Data`)."""
    NoEcho: NotRequired[bool]
    """`true` masks the values of `Data` wherever CloudFormation would show them."""


class CloudFormationCDKIsCompleteResponseDict(TypedDict):
    """What a CDK provider framework `isComplete` handler returns."""

    IsComplete: bool
    """`true` when the operation is done; `false` makes the framework call the handler again later (until its
    total timeout)."""
    Data: NotRequired[dict[str, Any]]
    """Once complete: more values for `Fn::GetAtt`, merged over those `onEvent` returned."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Optional, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CloudFormationCustomResourceHandler = Callable[["CloudFormationCustomResourceEventDict", "LambdaContext"], object]
"""A CloudFormation custom resource; it answers by uploading to `ResponseURL`, not by returning."""

CloudFormationCDKOnEventHandler = Callable[
    ["CloudFormationCDKOnEventRequestDict", "LambdaContext"],
    Optional["CloudFormationCDKOnEventResponseDict"],
]
"""An AWS CDK provider framework `onEvent` handler; return the physical id and data (raise to fail)."""

CloudFormationCDKIsCompleteHandler = Callable[
    ["CloudFormationCDKIsCompleteRequestDict", "LambdaContext"],
    "CloudFormationCDKIsCompleteResponseDict",
]
"""An AWS CDK provider framework `isComplete` handler; return whether the operation is done."""

__all__ += ["CloudFormationCustomResourceHandler", "CloudFormationCDKOnEventHandler", "CloudFormationCDKIsCompleteHandler"]
# --- end generated handler aliases ---
