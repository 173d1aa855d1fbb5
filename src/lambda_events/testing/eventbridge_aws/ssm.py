"""Test events of AWS Systems Manager (`aws.ssm`): Parameter Store changes, Run Command status changes and
Automation execution status changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.eventbridge.aws.ssm import SSMCommandStatus, SSMMaintenanceWindowExecutionStatus
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of
from lambda_events.testing.eventbridge_aws._times import us_time

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.ssm import (
        EC2AutomationExecutionStatusChangeEventDict,
        EC2AutomationStepStatusChangeEventDict,
        EC2CommandInvocationStatusChangeEventDict,
        EC2CommandStatusChangeEventDict,
        EC2StateManagerAssociationStateChangeEventDict,
        EC2StateManagerInstanceAssociationStateChangeEventDict,
        SSMCalendarStateChangeDetailDict,
        SSMCalendarStateChangeEventDict,
        SSMConfigurationComplianceStateChangeDetailDict,
        SSMConfigurationComplianceStateChangeEventDict,
        SSMMaintenanceWindowExecutionStateChangeEventDict,
        SSMMaintenanceWindowStateChangeEventDict,
        SSMMaintenanceWindowTargetRegistrationEventDict,
        SSMMaintenanceWindowTaskExecutionStateChangeEventDict,
        SSMMaintenanceWindowTaskRegistrationEventDict,
        SSMMaintenanceWindowTaskTargetInvocationStateChangeEventDict,
        SSMParameterStoreChangeEventDict,
        SSMParameterStorePolicyActionEventDict,
    )

__all__ = [
    "ec2_automation_execution_status_change_event",
    "ec2_automation_step_status_change_event",
    "ec2_command_invocation_status_change_event",
    "ec2_command_status_change_event",
    "ec2_state_manager_association_state_change_event",
    "ec2_state_manager_instance_association_state_change_event",
    "ssm_calendar_state_change_event",
    "ssm_configuration_compliance_state_change_event",
    "ssm_maintenance_window_execution_state_change_event",
    "ssm_maintenance_window_state_change_event",
    "ssm_maintenance_window_target_registration_event",
    "ssm_maintenance_window_task_execution_state_change_event",
    "ssm_maintenance_window_task_registration_event",
    "ssm_maintenance_window_task_target_invocation_state_change_event",
    "ssm_parameter_store_change_event",
    "ssm_parameter_store_policy_action_event",
]

ParameterOperation = Literal["Create", "Update", "Delete", "LabelParameterVersion"]
"""What happened to a parameter."""
ParameterType = Literal["String", "StringList", "SecureString"]
"""A parameter's type."""
PolicyType = Literal["Expiration", "ExpirationNotification", "NoChangeNotification"]
"""A parameter policy's type."""
Registration = Literal["REGISTERED", "DEREGISTERED"]
"""What happened to a maintenance window's target or task."""
ComplianceType = Literal["Association", "Patch"]
"""The kinds of compliance `ssm_configuration_compliance_state_change_event` builds."""
_POLICY_REASONS = {
    "Expiration": "The parameter expired at {at}.",
    "ExpirationNotification": "The parameter is going to expire in 2 hours.",
    "NoChangeNotification": "The parameter has not been changed for 2 hours.",
}
_POLICY_ATTRIBUTES = {
    "Expiration": '"Timestamp":"{at}"',
    "ExpirationNotification": '"Before":"2","Unit":"Hours"',
    "NoChangeNotification": '"After":"2","Unit":"Hours"',
}



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


def ec2_automation_step_status_change_event(
    *,
    runbook: str = "AWS-RestartEC2Instance",
    step: str = "stopInstances",
    action: str = "aws:changeInstanceState",
    status: str = "Success",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2AutomationStepStatusChangeEventDict:
    """The step `step` (`action`) of an execution of `runbook` (version 1) ended with `status` after 2.6
    seconds."""
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
        "detail-type": "EC2 Automation Step Status-change Notification",
        "detail": {
            "ExecutionId": execution,
            "Definition": runbook,
            "DefinitionVersion": 1,
            "StepName": step,
            "Action": action,
            "Status": status,
            "StartTime": us_time(scene.at(-2_630), comma_after_year=False),
            "EndTime": us_time(scene.at(), comma_after_year=False),
            "Time": 2_630,
        },
    }


def _window(scene: Scenario, window_id: Optional[str]) -> tuple[str, str]:
    """The window id given, or a new one, with the window's ARN."""
    window = window_id if window_id is not None else f"mw-{scene.hex(17)}"
    return window, scene.arn("ssm", f"maintenancewindow/{window}")


def ssm_maintenance_window_state_change_event(
    *,
    window_id: Optional[str] = None,
    enabled: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMMaintenanceWindowStateChangeEventDict:
    """The maintenance window `window_id` was enabled or (by default) disabled."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    window, window_arn = _window(scene, window_id)
    return {
        **aws_event_envelope(scene, [window_arn]),
        "source": "aws.ssm",
        "detail-type": "Maintenance Window State-change Notification",
        "detail": {"window-id": window, "status": "ENABLED" if enabled else "DISABLED"},
    }


def ssm_maintenance_window_target_registration_event(
    *,
    status: Registration = "REGISTERED",
    window_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMMaintenanceWindowTargetRegistrationEventDict:
    """A target was `REGISTERED` with, or `DEREGISTERED` from, the maintenance window `window_id`."""
    check_one_of("status", status, get_args(Registration))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    window, window_arn = _window(scene, window_id)
    target = scene.uuid()
    return {
        **aws_event_envelope(scene, [window_arn, scene.arn("ssm", f"windowtarget/{target}")]),
        "source": "aws.ssm",
        "detail-type": "Maintenance Window Target Registration Notification",
        "detail": {"window-target-id": target, "window-id": window, "status": status},
    }


def ssm_maintenance_window_task_registration_event(
    *,
    status: Registration = "REGISTERED",
    window_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMMaintenanceWindowTaskRegistrationEventDict:
    """A task was `REGISTERED` with, or `DEREGISTERED` from, the maintenance window `window_id`."""
    check_one_of("status", status, get_args(Registration))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    window, window_arn = _window(scene, window_id)
    task = scene.uuid()
    return {
        **aws_event_envelope(scene, [window_arn, scene.arn("ssm", f"windowtask/{task}")]),
        "source": "aws.ssm",
        "detail-type": "Maintenance Window Task Registration Notification",
        "detail": {"window-task-id": task, "window-id": window, "status": status},
    }


def ssm_maintenance_window_execution_state_change_event(
    *,
    status: SSMMaintenanceWindowExecutionStatus = "SUCCESS",
    window_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMMaintenanceWindowExecutionStateChangeEventDict:
    """An execution of the maintenance window `window_id` ended with `status` after ten minutes."""
    check_one_of("status", status, get_args(SSMMaintenanceWindowExecutionStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    window, window_arn = _window(scene, window_id)
    return {
        **aws_event_envelope(scene, [window_arn]),
        "source": "aws.ssm",
        "detail-type": "Maintenance Window Execution State-change Notification",
        "detail": {
            "start-time": scene.iso(-600_000),
            "end-time": scene.iso(),
            "window-id": window,
            "window-execution-id": scene.uuid(),
            "status": status,
        },
    }


def ssm_maintenance_window_task_execution_state_change_event(
    *,
    status: SSMMaintenanceWindowExecutionStatus = "SUCCESS",
    window_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMMaintenanceWindowTaskExecutionStateChangeEventDict:
    """A task of an execution of the maintenance window `window_id` ended with `status`."""
    check_one_of("status", status, get_args(SSMMaintenanceWindowExecutionStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    window, window_arn = _window(scene, window_id)
    return {
        **aws_event_envelope(scene, [window_arn]),
        "source": "aws.ssm",
        "detail-type": "Maintenance Window Task Execution State-change Notification",
        "detail": {
            "start-time": scene.iso(-300_000),
            "task-execution-id": scene.uuid(),
            "end-time": scene.iso(),
            "window-id": window,
            "window-execution-id": scene.uuid(),
            "status": status,
        },
    }


def ssm_maintenance_window_task_target_invocation_state_change_event(
    *,
    status: SSMMaintenanceWindowExecutionStatus = "SUCCESS",
    window_id: Optional[str] = None,
    owner_information: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMMaintenanceWindowTaskTargetInvocationStateChangeEventDict:
    """A task's invocation on one target of the maintenance window `window_id` ended with `status`;
    `owner-information` is sent when `owner_information` is given."""
    check_one_of("status", status, get_args(SSMMaintenanceWindowExecutionStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    window, window_arn = _window(scene, window_id)
    event: SSMMaintenanceWindowTaskTargetInvocationStateChangeEventDict = {
        **aws_event_envelope(scene, [window_arn]),
        "source": "aws.ssm",
        "detail-type": "Maintenance Window Task Target Invocation State-change Notification",
        "detail": {
            "start-time": scene.iso(-60_000),
            "end-time": scene.iso(),
            "window-id": window,
            "window-execution-id": scene.uuid(),
            "task-execution-id": scene.uuid(),
            "window-target-id": scene.uuid(),
            "status": status,
        },
    }
    if owner_information is not None:
        event["detail"]["owner-information"] = owner_information
    return event


def ssm_parameter_store_policy_action_event(
    *,
    name: str = "/orders/api-key",
    policy_type: PolicyType = "ExpirationNotification",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMParameterStorePolicyActionEventDict:
    """The `policy_type` policy of the parameter `name` acted (`Expiration`: it expired now;
    `ExpirationNotification`: it expires in 2 hours; `NoChangeNotification`: unchanged for 2 hours)."""
    check_one_of("policy_type", policy_type, get_args(PolicyType))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    moment = scene.iso(fraction=False)
    attributes = _POLICY_ATTRIBUTES[policy_type].format(at=moment)
    return {
        **aws_event_envelope(scene, [scene.arn("ssm", f"parameter/{name.lstrip('/')}")]),
        "source": "aws.ssm",
        "detail-type": "Parameter Store Policy Action",
        "detail": {
            "policy-type": policy_type,
            "parameter-name": name,
            "parameter-type": "SecureString",
            "policy-content": f'{{"Type":"{policy_type}","Version":"1.0","Attributes":{{{attributes}}}}}',
            "action-status": "Success",
            "action-reason": _POLICY_REASONS[policy_type].format(at=moment)
            + f" This notification was generated based on the policy created at {scene.iso(-86_400_000)}",
        },
    }


def ec2_state_manager_association_state_change_event(
    *,
    document: str = "AWS-UpdateSSMAgent",
    status: str = "Success",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2StateManagerAssociationStateChangeEventDict:
    """An association applying `document` to one instance every 30 minutes reached `status`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = f"i-{scene.hex(17)}"
    return {
        **aws_event_envelope(scene, [scene.arn("ssm", f"document/{document}", owned=False)]),
        "source": "aws.ssm",
        "detail-type": "EC2 State Manager Association State Change",
        "detail": {
            "association-id": scene.uuid(),
            "document-name": document,
            "association-version": "1",
            "document-version": "Optional.empty",
            "targets": f'[{{"key":"InstanceIds","values":["{instance}"]}}]',
            "creation-date": scene.iso(-86_400_000),
            "last-successful-execution-date": scene.iso(fraction=False),
            "last-execution-date": scene.iso(fraction=False),
            "last-updated-date": scene.iso(-86_400_000),
            "status": status,
            "association-status-aggregated-count": f'{{"{status}":1}}',
            "schedule-expression": "rate(30 minutes)",
            "association-cwe-version": "1.0",
        },
    }


def ec2_state_manager_instance_association_state_change_event(
    *,
    document: str = "AWS-UpdateSSMAgent",
    status: str = "Success",
    instance_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EC2StateManagerInstanceAssociationStateChangeEventDict:
    """An association applying `document` reached `status` on the instance `instance_id`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = instance_id if instance_id is not None else f"i-{scene.hex(17)}"
    return {
        **aws_event_envelope(
            scene, [scene.arn("ec2", f"instance/{instance}"), scene.arn("ssm", f"document/{document}")]
        ),
        "source": "aws.ssm",
        "detail-type": "EC2 State Manager Instance Association State Change",
        "detail": {
            "association-id": scene.uuid(),
            "instance-id": instance,
            "document-name": document,
            "document-version": "1",
            "targets": f'[{{"key":"InstanceIds","values":["{instance}"]}}]',
            "creation-date": scene.iso(-86_400_000, fraction=False),
            "last-successful-execution-date": scene.iso(fraction=False),
            "last-execution-date": scene.iso(fraction=False),
            "status": status,
            "detailed-status": "",
            "error-code": "",
            "execution-summary": f"1 out of 1 plugin processed, 1 {status.lower()}",
            "output-url": "",
            "instance-association-cwe-version": "1",
        },
    }


def ssm_configuration_compliance_state_change_event(
    *,
    compliance_type: ComplianceType = "Patch",
    compliant: bool = False,
    instance_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMConfigurationComplianceStateChangeEventDict:
    """The `Association` or `Patch` compliance of the managed node `instance_id` became `compliant` or not;
    patch compliance names a baseline and a severity, association compliance the last run."""
    check_one_of("compliance_type", compliance_type, get_args(ComplianceType))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance = instance_id if instance_id is not None else f"i-{scene.hex(17)}"
    detail: SSMConfigurationComplianceStateChangeDetailDict = {
        "resource-type": "managed-instance",
        "resource-id": instance,
        "compliance-status": "compliant" if compliant else "non_compliant",
        "compliance-type": compliance_type,
    }
    if compliance_type == "Patch":
        detail["patch-baseline-id"] = f"pb-{scene.hex(17)}"
        detail["severity"] = "critical"
    else:
        detail["last-runtime"] = scene.iso(fraction=False)
    return {
        **aws_event_envelope(scene, [scene.arn("ssm", f"managed-instance/{instance}")]),
        "source": "aws.ssm",
        "detail-type": "Configuration Compliance State Change",
        "detail": detail,
    }


def ssm_calendar_state_change_event(
    *,
    calendar: str = "release-freeze",
    is_open: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SSMCalendarStateChangeEventDict:
    """The change calendar `calendar` opened or (by default) closed, to open again in two hours."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    detail: SSMCalendarStateChangeDetailDict = {
        "state": "OPEN" if is_open else "CLOSED",
        "atTime": scene.iso(fraction=False),
        "event": calendar,
    }
    if not is_open:
        detail["nextTransitionTime"] = scene.iso(2 * 3_600_000, fraction=False)
    return {
        **aws_event_envelope(scene, [scene.arn("ssm", f"document/{calendar}")]),
        "source": "aws.ssm",
        "detail-type": "Calendar State Change",
        "detail": detail,
    }
