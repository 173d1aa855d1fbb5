"""AWS CloudFormation events (`source` `aws.cloudformation`): status changes of stacks and of their resources,
and the results of drift detection.

Authority: the CloudFormation User Guide, "Use EventBridge with CloudFormation" (the events and their
`detail`), and the API reference's `StackStatus`, `ResourceStatus`, `StackDriftStatus` and
`StackDriftDetectionStatus` for the values. `resources` holds the stack's ARN.
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "CloudFormationDriftDetectionDetailsDict",
    "CloudFormationDriftDetectionStatusChangeDetailDict",
    "CloudFormationDriftDetectionStatusChangeEventDict",
    "CloudFormationDriftStatusDetailsDict",
    "CloudFormationResourceStatusChangeDetailDict",
    "CloudFormationResourceStatusChangeEventDict",
    "CloudFormationStackStatusChangeDetailDict",
    "CloudFormationStackStatusChangeEventDict",
    "CloudFormationStatusDetailsDict",
]

EVENTS = {
    "CloudFormationStackStatusChangeEventDict": ("aws.cloudformation", "CloudFormation Stack Status Change"),
    "CloudFormationResourceStatusChangeEventDict": ("aws.cloudformation", "CloudFormation Resource Status Change"),
    "CloudFormationDriftDetectionStatusChangeEventDict": (
        "aws.cloudformation",
        "CloudFormation Drift Detection Status Change",
    ),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- CloudFormation Stack Status Change ----------------------------------------------------------------------------

_CloudFormationStatusDetailsHyphenatedKeys = TypedDict(
    "_CloudFormationStatusDetailsHyphenatedKeys",
    {"status-reason": str},
)
"""The key of the status whose name is not a Python identifier.

- `status-reason`: why the stack or resource has its status; often empty.
"""


class CloudFormationStatusDetailsDict(_CloudFormationStatusDetailsHyphenatedKeys):
    """A stack's or resource's new status; `status-reason` is documented on the base."""

    status: str
    """The new status: a stack's (`CREATE_COMPLETE`, `UPDATE_ROLLBACK_FAILED`, ... the API's `StackStatus`) or
    a resource's (`CREATE_IN_PROGRESS`, `DELETE_FAILED`, ... the API's `ResourceStatus`)."""


_CloudFormationStackStatusChangeHyphenatedKeys = TypedDict(
    "_CloudFormationStackStatusChangeHyphenatedKeys",
    {"stack-id": str, "status-details": CloudFormationStatusDetailsDict},
)
"""The keys of the detail whose names are not Python identifiers (every one of them).

- `stack-id`: the stack's ARN.
- `status-details`: the stack's new status, and why.
"""


class CloudFormationStackStatusChangeDetailDict(_CloudFormationStackStatusChangeHyphenatedKeys):
    """The `detail` of `CloudFormation Stack Status Change`; its keys are documented on the base."""


_CloudFormationStackStatusChangeRouting = TypedDict(
    "_CloudFormationStackStatusChangeRouting",
    {"detail-type": Literal["CloudFormation Stack Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CloudFormation Stack Status Change`.
"""


class CloudFormationStackStatusChangeEventDict(_CloudFormationStackStatusChangeRouting, EventBridgeEnvelopeDict):
    """CloudFormation sends it when a stack's status changes (`CREATE_COMPLETE`, `UPDATE_ROLLBACK_COMPLETE`, ...)."""

    source: Literal["aws.cloudformation"]
    """Always `aws.cloudformation`."""
    detail: CloudFormationStackStatusChangeDetailDict
    """The stack and its new status."""


# --- CloudFormation Resource Status Change -------------------------------------------------------------------------

_CloudFormationResourceStatusChangeHyphenatedKeys = TypedDict(
    "_CloudFormationResourceStatusChangeHyphenatedKeys",
    {
        "stack-id": str,
        "logical-resource-id": str,
        "physical-resource-id": str,
        "resource-type": str,
        "status-details": CloudFormationStatusDetailsDict,
    },
)
"""The keys of the detail whose names are not Python identifiers (every one of them).

- `stack-id`: the stack's ARN.
- `logical-resource-id`: the resource's name in the template.
- `physical-resource-id`: the resource's id or ARN in its service; empty before it is created.
- `resource-type`: the resource's type (`AWS::S3::Bucket`).
- `status-details`: the resource's new status, and why.
"""


class CloudFormationResourceStatusChangeDetailDict(_CloudFormationResourceStatusChangeHyphenatedKeys):
    """The `detail` of `CloudFormation Resource Status Change`; its keys are documented on the base."""


_CloudFormationResourceStatusChangeRouting = TypedDict(
    "_CloudFormationResourceStatusChangeRouting",
    {"detail-type": Literal["CloudFormation Resource Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CloudFormation Resource Status Change`.
"""


class CloudFormationResourceStatusChangeEventDict(_CloudFormationResourceStatusChangeRouting, EventBridgeEnvelopeDict):
    """CloudFormation sends it when a resource of a stack changes status as the stack is created, updated or
    deleted."""

    source: Literal["aws.cloudformation"]
    """Always `aws.cloudformation`."""
    detail: CloudFormationResourceStatusChangeDetailDict
    """The resource and its new status."""


# --- CloudFormation Drift Detection Status Change ------------------------------------------------------------------

_CloudFormationDriftStatusDetailsHyphenatedKeys = TypedDict(
    "_CloudFormationDriftStatusDetailsHyphenatedKeys",
    {
        "stack-drift-status": Literal["DRIFTED", "IN_SYNC", "UNKNOWN", "NOT_CHECKED"],
        "detection-status": Literal["DETECTION_IN_PROGRESS", "DETECTION_FAILED", "DETECTION_COMPLETE"],
    },
)
"""The keys of the drift status whose names are not Python identifiers (every one of them).

- `stack-drift-status`: whether the stack differs from its template: the closed set of the API's
  `StackDriftStatus`.
- `detection-status`: how the detection went: the closed set of the API's `StackDriftDetectionStatus`.
"""


class CloudFormationDriftStatusDetailsDict(_CloudFormationDriftStatusDetailsHyphenatedKeys):
    """The result of a drift detection; its keys are documented on the base."""


_CloudFormationDriftDetectionDetailsHyphenatedKeys = TypedDict(
    "_CloudFormationDriftDetectionDetailsHyphenatedKeys",
    {"drifted-stack-resource-count": int},
)
"""The key of the counts whose name is not a Python identifier.

- `drifted-stack-resource-count`: how many of the stack's resources have drifted.
"""


class CloudFormationDriftDetectionDetailsDict(_CloudFormationDriftDetectionDetailsHyphenatedKeys):
    """What the drift detection counted; `drifted-stack-resource-count` is documented on the base."""


_CloudFormationDriftDetectionStatusChangeHyphenatedKeys = TypedDict(
    "_CloudFormationDriftDetectionStatusChangeHyphenatedKeys",
    {
        "stack-id": str,
        "stack-drift-detection-id": str,
        "status-details": CloudFormationDriftStatusDetailsDict,
        "drift-detection-details": CloudFormationDriftDetectionDetailsDict,
    },
)
"""The keys of the detail whose names are not Python identifiers (every one of them).

- `stack-id`: the stack's ARN.
- `stack-drift-detection-id`: the detection's id (what `DetectStackDrift` returned).
- `status-details`: the result of the detection.
- `drift-detection-details`: what it counted.
"""


class CloudFormationDriftDetectionStatusChangeDetailDict(_CloudFormationDriftDetectionStatusChangeHyphenatedKeys):
    """The `detail` of `CloudFormation Drift Detection Status Change`; its keys are documented on the base."""


_CloudFormationDriftDetectionStatusChangeRouting = TypedDict(
    "_CloudFormationDriftDetectionStatusChangeRouting",
    {"detail-type": Literal["CloudFormation Drift Detection Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CloudFormation Drift Detection Status Change`.
"""


class CloudFormationDriftDetectionStatusChangeEventDict(
    _CloudFormationDriftDetectionStatusChangeRouting, EventBridgeEnvelopeDict
):
    """CloudFormation sends it when a drift detection of a stack completes or fails."""

    source: Literal["aws.cloudformation"]
    """Always `aws.cloudformation`."""
    detail: CloudFormationDriftDetectionStatusChangeDetailDict
    """The detection and what it found."""
