"""Test events of Amazon ECS (`aws.ecs`): task and container instance state changes, deployment state
changes, service actions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.ecs import (
        ECSContainerInstanceStateChangeEventDict,
        ECSDeploymentStateChangeEventDict,
        ECSServiceActionEventDict,
        ECSTaskStateChangeDetailDict,
        ECSTaskStateChangeEventDict,
    )

__all__ = [
    "ecs_container_instance_state_change_event",
    "ecs_deployment_state_change_event",
    "ecs_service_action_event",
    "ecs_task_state_change_event",
]

TaskStatus = Literal["PROVISIONING", "PENDING", "ACTIVATING", "RUNNING", "DEACTIVATING", "STOPPING", "DEPROVISIONING", "STOPPED"]
"""The task lifecycle states of the ECS Developer Guide."""
DeploymentEventName = Literal["SERVICE_DEPLOYMENT_IN_PROGRESS", "SERVICE_DEPLOYMENT_COMPLETED", "SERVICE_DEPLOYMENT_FAILED"]
"""The deployment state change events of the ECS Developer Guide."""


def ecs_task_state_change_event(
    *,
    cluster: str = "default",
    family: str = "web",
    container: str = "app",
    status: TaskStatus = "STOPPED",
    exit_code: int = 0,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ECSTaskStateChangeEventDict:
    """A Fargate task of the task definition `family` reached `status` (one container, `container`; once
    `STOPPED`, it exited with `exit_code`)."""
    check_one_of("status", status, get_args(TaskStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    task_id = scene.hex(32)
    task_arn = scene.arn("ecs", f"task/{cluster}/{task_id}")
    stopped = status == "STOPPED"
    running = "RUNNING" if status in ("RUNNING", "DEACTIVATING", "STOPPING", "DEPROVISIONING") else "PENDING"
    detail: ECSTaskStateChangeDetailDict = {
        "clusterArn": scene.arn("ecs", f"cluster/{cluster}"),
        "containers": [
            {
                "containerArn": scene.arn("ecs", f"container/{cluster}/{task_id}/{scene.uuid()}"),
                "lastStatus": "STOPPED" if stopped else running,
                "name": container,
                "taskArn": task_arn,
                "image": f"{account}.dkr.ecr.{region}.amazonaws.com/{family}:latest",
                "cpu": "0",
            }
        ],
        "createdAt": scene.iso(-120_000),
        "desiredStatus": "STOPPED" if stopped else "RUNNING",
        "lastStatus": status,
        "overrides": {"containerOverrides": [{"name": container}]},
        "taskArn": task_arn,
        "taskDefinitionArn": scene.arn("ecs", f"task-definition/{family}:3"),
        "updatedAt": scene.iso(),
        "version": 5 if stopped else 2,
        "launchType": "FARGATE",
        "platformVersion": "1.4.0",
        "availabilityZone": f"{region}a",
        "cpu": "256",
        "memory": "512",
        "group": f"family:{family}",
    }
    if stopped:
        detail["containers"][0]["exitCode"] = exit_code
        detail["stopCode"] = "EssentialContainerExited"
        detail["stoppedReason"] = "Essential container in task exited"
        detail["stoppedAt"] = scene.iso()
    return {
        **aws_event_envelope(scene, [task_arn]),
        "source": "aws.ecs",
        "detail-type": "ECS Task State Change",
        "detail": detail,
    }


def ecs_container_instance_state_change_event(
    *,
    cluster: str = "default",
    status: str = "ACTIVE",
    agent_connected: bool = True,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ECSContainerInstanceStateChangeEventDict:
    """A container instance of `cluster` in `status` (`ACTIVE`, `DRAINING`...), its agent connected or not."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    instance_arn = scene.arn("ecs", f"container-instance/{cluster}/{scene.hex(32)}")
    return {
        **aws_event_envelope(scene, [instance_arn]),
        "source": "aws.ecs",
        "detail-type": "ECS Container Instance State Change",
        "detail": {
            "agentConnected": agent_connected,
            "clusterArn": scene.arn("ecs", f"cluster/{cluster}"),
            "containerInstanceArn": instance_arn,
            "ec2InstanceId": "i-" + scene.hex(17),
            "pendingTasksCount": 0,
            "registeredResources": [
                {"name": "CPU", "type": "INTEGER", "integerValue": 2048},
                {"name": "MEMORY", "type": "INTEGER", "integerValue": 3904},
            ],
            "remainingResources": [
                {"name": "CPU", "type": "INTEGER", "integerValue": 1792},
                {"name": "MEMORY", "type": "INTEGER", "integerValue": 3392},
            ],
            "runningTasksCount": 1,
            "status": status,
            "version": 14,
            "versionInfo": {"agentVersion": "1.82.1", "agentHash": scene.hex(8), "dockerVersion": "DockerVersion: 20.10.25"},
            "updatedAt": scene.iso(),
        },
    }


def ecs_deployment_state_change_event(
    *,
    cluster: str = "default",
    service: str = "web",
    event_name: DeploymentEventName = "SERVICE_DEPLOYMENT_COMPLETED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ECSDeploymentStateChangeEventDict:
    """A deployment of `service` is in progress, completed or failed (`event_name`; failed is an `ERROR`)."""
    check_one_of("event_name", event_name, get_args(DeploymentEventName))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    failed = event_name == "SERVICE_DEPLOYMENT_FAILED"
    return {
        **aws_event_envelope(scene, [scene.arn("ecs", f"service/{cluster}/{service}")]),
        "source": "aws.ecs",
        "detail-type": "ECS Deployment State Change",
        "detail": {
            "eventType": "ERROR" if failed else "INFO",
            "eventName": event_name,
            "deploymentId": "ecs-svc/" + scene.digits(19),
            "updatedAt": scene.iso(),
            "reason": "ECS deployment circuit breaker: task failed to start." if failed else "ECS deployment completed.",
        },
    }


def ecs_service_action_event(
    *,
    cluster: str = "default",
    service: str = "web",
    event_name: str = "SERVICE_STEADY_STATE",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ECSServiceActionEventDict:
    """The scheduler reports `event_name` for `service` (a steady state by default, an `INFO`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("ecs", f"service/{cluster}/{service}")]),
        "source": "aws.ecs",
        "detail-type": "ECS Service Action",
        "detail": {
            "eventType": "INFO" if event_name.endswith("STEADY_STATE") else "WARN",
            "eventName": event_name,
            "clusterArn": scene.arn("ecs", f"cluster/{cluster}"),
            "createdAt": scene.iso(),
        },
    }
