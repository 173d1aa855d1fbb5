"""Test events of AWS DataSync (`aws.datasync`): state changes of task executions, tasks, agents and
locations."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.datasync import (
        DataSyncAgentStateChangeEventDict,
        DataSyncLocationStateChangeEventDict,
        DataSyncTaskExecutionStateChangeEventDict,
        DataSyncTaskStateChangeEventDict,
    )

__all__ = [
    "datasync_agent_state_change_event",
    "datasync_location_state_change_event",
    "datasync_task_execution_state_change_event",
    "datasync_task_state_change_event",
]


def datasync_task_execution_state_change_event(
    *,
    state: str = "SUCCESS",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DataSyncTaskExecutionStateChangeEventDict:
    """A run of a task entered `state` (`SUCCESS`, `ERROR`, `TRANSFERRING` ...)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    execution = scene.arn("datasync", f"task/task-{scene.hex(17)}/execution/exec-{scene.hex(17)}")
    return {
        **aws_event_envelope(scene, [execution]),
        "source": "aws.datasync",
        "detail-type": "DataSync Task Execution State Change",
        "detail": {"State": state},
    }


def datasync_task_state_change_event(
    *,
    state: str = "AVAILABLE",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DataSyncTaskStateChangeEventDict:
    """A task entered `state` (`AVAILABLE`, `RUNNING`, `UNAVAILABLE` ...)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("datasync", f"task/task-{scene.hex(17)}")]),
        "source": "aws.datasync",
        "detail-type": "DataSync Task State Change",
        "detail": {"State": state},
    }


def datasync_agent_state_change_event(
    *,
    state: str = "OFFLINE",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DataSyncAgentStateChangeEventDict:
    """An agent went `ONLINE` or `OFFLINE`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("datasync", f"agent/agent-{scene.hex(17)}")]),
        "source": "aws.datasync",
        "detail-type": "DataSync Agent State Change",
        "detail": {"State": state},
    }


def datasync_location_state_change_event(
    *,
    state: str = "AVAILABLE",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DataSyncLocationStateChangeEventDict:
    """A location entered `state` (`ADDING`, `AVAILABLE`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("datasync", f"location/loc-{scene.hex(17)}")]),
        "source": "aws.datasync",
        "detail-type": "DataSync Location State Change",
        "detail": {"State": state},
    }
