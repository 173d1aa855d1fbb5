"""Test events of AWS Systems Manager (`aws.ssm`): Parameter Store changes, Run Command status changes and
Automation execution status changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.eventbridge.aws.ssm import SSMCommandStatus
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of
from lambda_events.testing.eventbridge_aws._times import us_time

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.ssm import (
        EC2AutomationExecutionStatusChangeEventDict,
        EC2CommandInvocationStatusChangeEventDict,
        EC2CommandStatusChangeEventDict,
        SSMParameterStoreChangeEventDict,
    )

__all__ = [
    "ec2_automation_execution_status_change_event",
    "ec2_command_invocation_status_change_event",
    "ec2_command_status_change_event",
    "ssm_parameter_store_change_event",
]

ParameterOperation = Literal["Create", "Update", "Delete", "LabelParameterVersion"]
"""What happened to a parameter."""
ParameterType = Literal["String", "StringList", "SecureString"]
"""A parameter's type."""



def ssm_parameter_store_change_event(
    *,
    name: str = "/orders/db/password",
    operation: ParameterOperation = "Update",
    parameter_type: ParameterType = "SecureString",
    description: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMParameterStoreChangeEventDict:
    """The parameter `name` was created, updated, deleted or labelled (`operation`); `description` is sent
    when given."""
    check_one_of("operation", operation, get_args(ParameterOperation))
    check_one_of("parameter_type", parameter_type, get_args(ParameterType))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event: SSMParameterStoreChangeEventDict = {
        **aws_event_envelope(scene, [scene.arn("ssm", f"parameter/{name.lstrip('/')}")]),
        "source": "aws.ssm",
        "detail-type": "Parameter Store Change",
        "detail": {"operation": operation, "name": name, "type": parameter_type},
    }
    if description is not None:
        event["detail"]["description"] = description
    return event


def ec2_command_status_change_event(
    *,
    status: SSMCommandStatus = "Success",
    instance_ids: tuple[str, ...] = (),
    commands: tuple[str, ...] = ("yum -y update",),
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2CommandStatusChangeEventDict:
    """A Run Command command running `commands` with `AWS-RunShellScript` on `instance_ids` (two new ids by
    default) entered `status`."""
    check_one_of("status", status, get_args(SSMCommandStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instances = instance_ids or tuple(f"i-{scene.hex(17)}" for _ in range(2))
    return {
        **aws_event_envelope(scene, [scene.arn("ec2", f"instance/{instance}") for instance in instances]),
        "source": "aws.ssm",
        "detail-type": "EC2 Command Status-change Notification",
        "detail": {
            "command-id": scene.uuid(),
            "document-name": "AWS-RunShellScript",
            "expire-after": scene.iso(2 * 3600 * 1000),
            "parameters": {"executionTimeout": ["3600"], "commands": list(commands)},
            "requested-date-time": scene.iso(-60 * 1000),
            "status": status,
        },
    }


def ec2_command_invocation_status_change_event(
    *,
    status: SSMCommandStatus = "Success",
    instance_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2CommandInvocationStatusChangeEventDict:
    """The invocation of a Run Command command on one managed node entered `status`."""
    check_one_of("status", status, get_args(SSMCommandStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = instance_id if instance_id is not None else f"i-{scene.hex(17)}"
    return {
        **aws_event_envelope(scene, [scene.arn("ec2", f"instance/{instance}")]),
        "source": "aws.ssm",
        "detail-type": "EC2 Command Invocation Status-change Notification",
        "detail": {
            "command-id": scene.uuid(),
            "document-name": "AWS-RunShellScript",
            "instance-id": instance,
            "requested-date-time": scene.iso(-60 * 1000),
            "status": status,
        },
    }


def ec2_automation_execution_status_change_event(
    *,
    runbook: str = "AWS-RestartEC2Instance",
    status: str = "Success",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2AutomationExecutionStatusChangeEventDict:
    """An execution of the runbook `runbook` (version 1) ended with `status`, 42 seconds after it started."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    execution = scene.uuid()
    return {
        **aws_event_envelope(
            scene,
            [
                scene.arn("ssm", f"automation-execution/{execution}"),
                scene.arn("ssm", f"automation-definition/{runbook}:1"),
            ],
        ),
        "source": "aws.ssm",
        "detail-type": "EC2 Automation Execution Status-change Notification",
        "detail": {
            "ExecutionId": execution,
            "Definition": runbook,
            "DefinitionVersion": 1,
            "Status": status,
            "StartTime": us_time(scene.at(-42_000), comma_after_year=False),
            "EndTime": us_time(scene.at(), comma_after_year=False),
            "Time": 42_000,
            "ExecutedBy": scene.arn("iam", "user/ops-admin", regional=False),
        },
    }
