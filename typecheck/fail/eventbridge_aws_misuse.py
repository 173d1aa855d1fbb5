"""Misuses of AWS services' EventBridge event types that both checkers must reject."""

from typing import Union

from lambda_events.eventbridge import is_ec2_instance_state_change_event
from lambda_events.eventbridge.aws.cloudtrail import AWSAPICallViaCloudTrailEventDict
from lambda_events.eventbridge.aws.ec2 import EC2InstanceStateChangeEventDict, EC2SpotInstanceInterruptionWarningEventDict
from lambda_events.eventbridge.aws.states import StepFunctionsExecutionStatusChangeEventDict

Ec2Event = Union[EC2InstanceStateChangeEventDict, EC2SpotInstanceInterruptionWarningEventDict]


def state_is_only_on_state_changes(event: Ec2Event) -> str:
    return event["detail"]["state"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def spot_warnings_have_no_state(event: Ec2Event) -> str:
    if event["detail-type"] == "EC2 Spot Instance Interruption Warning":
        return event["detail"]["state"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return event["detail"]["state"]


def states_are_a_closed_set(event: EC2InstanceStateChangeEventDict) -> bool:
    return event["detail"]["state"] == "asleep"  # expect-error: mypy[comparison-overlap] pyright[reportUnnecessaryComparison]


def source_is_a_literal(event: EC2InstanceStateChangeEventDict) -> None:
    event["source"] = "aws.ecs"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def stop_date_may_be_null(event: StepFunctionsExecutionStatusChangeEventDict) -> int:
    return event["detail"]["stopDate"] + 1  # expect-error: mypy[operator] pyright[reportOptionalOperand,reportUnknownVariableType]


def invoked_by_is_a_string(event: AWSAPICallViaCloudTrailEventDict) -> int:
    identity = event["detail"]["userIdentity"]
    if identity["type"] == "AWSService":
        return identity["invokedBy"]  # expect-error: mypy[return-value] pyright[reportReturnType]
    return 0


def the_guard_narrows(event: object) -> str:
    if is_ec2_instance_state_change_event(event):
        return event["detail"]["instance-action"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return ""
