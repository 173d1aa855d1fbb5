"""Test events of AWS CloudFormation (`aws.cloudformation`): stack and resource status changes, drift
detection results."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.cloudformation import (
        CloudFormationDriftDetectionStatusChangeEventDict,
        CloudFormationResourceStatusChangeEventDict,
        CloudFormationStackStatusChangeEventDict,
    )

__all__ = [
    "cloudformation_drift_detection_status_change_event",
    "cloudformation_resource_status_change_event",
    "cloudformation_stack_status_change_event",
]


def _stack_arn(scene: Scenario, stack: str) -> str:
    """A stack's ARN: its name and a UUID."""
    return scene.arn("cloudformation", f"stack/{stack}/{scene.uuid()}")


def cloudformation_stack_status_change_event(
    *,
    stack: str = "orders-service",
    status: str = "UPDATE_COMPLETE",
    reason: str = "",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudFormationStackStatusChangeEventDict:
    """The stack `stack` entered `status` (a `StackStatus`), for `reason`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    stack_arn = _stack_arn(scene, stack)
    return {
        **aws_event_envelope(scene, [stack_arn]),
        "source": "aws.cloudformation",
        "detail-type": "CloudFormation Stack Status Change",
        "detail": {"stack-id": stack_arn, "status-details": {"status": status, "status-reason": reason}},
    }


def cloudformation_resource_status_change_event(
    *,
    stack: str = "orders-service",
    logical_id: str = "OrdersTable",
    resource_type: str = "AWS::DynamoDB::Table",
    physical_id: str = "orders-service-OrdersTable-1ABCDEF2GHIJ",
    status: str = "CREATE_COMPLETE",
    reason: str = "",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudFormationResourceStatusChangeEventDict:
    """The resource `logical_id` of the stack `stack` entered `status` (a `ResourceStatus`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    stack_arn = _stack_arn(scene, stack)
    return {
        **aws_event_envelope(scene, [stack_arn]),
        "source": "aws.cloudformation",
        "detail-type": "CloudFormation Resource Status Change",
        "detail": {
            "stack-id": stack_arn,
            "logical-resource-id": logical_id,
            "physical-resource-id": physical_id,
            "status-details": {"status": status, "status-reason": reason},
            "resource-type": resource_type,
        },
    }


def cloudformation_drift_detection_status_change_event(
    *,
    stack: str = "orders-service",
    drifted_resources: int = 1,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudFormationDriftDetectionStatusChangeEventDict:
    """A drift detection of the stack `stack` completed and found `drifted_resources` drifted resources
    (`DRIFTED` when there is one or more, `IN_SYNC` otherwise)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    stack_arn = _stack_arn(scene, stack)
    return {
        **aws_event_envelope(scene, [stack_arn]),
        "source": "aws.cloudformation",
        "detail-type": "CloudFormation Drift Detection Status Change",
        "detail": {
            "stack-id": stack_arn,
            "stack-drift-detection-id": scene.uuid(),
            "status-details": {
                "stack-drift-status": "DRIFTED" if drifted_resources else "IN_SYNC",
                "detection-status": "DETECTION_COMPLETE",
            },
            "drift-detection-details": {"drifted-stack-resource-count": drifted_resources},
        },
    }
