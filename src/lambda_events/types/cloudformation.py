"""AWS CloudFormation custom resources: the Create, Update and Delete requests a provider function receives,
and the response it uploads to the request's presigned URL."""

from typing import Any, Literal, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CloudFormationCustomResourceCreateEventDict",
    "CloudFormationCustomResourceDeleteEventDict",
    "CloudFormationCustomResourceEventDict",
    "CloudFormationCustomResourceResponseDict",
    "CloudFormationCustomResourceUpdateEventDict",
]


class _CloudFormationCustomResourceRequestBase(TypedDict):
    """The keys of every custom resource request."""

    ServiceToken: str
    """The ARN of the function (or SNS topic) the template names as the resource's `ServiceToken`."""
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


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CloudFormationCustomResourceHandler = Callable[["CloudFormationCustomResourceEventDict", "LambdaContext"], object]
"""A CloudFormation custom resource; it answers by uploading to `ResponseURL`, not by returning."""

__all__ += ["CloudFormationCustomResourceHandler"]
# --- end generated handler aliases ---
