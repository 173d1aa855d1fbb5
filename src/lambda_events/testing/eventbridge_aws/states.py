"""Test events of AWS Step Functions (`aws.states`): execution status changes."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, get_args

from lambda_events.eventbridge.aws.states import StepFunctionsExecutionStatus
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.states import (
        StepFunctionsExecutionStatusChangeDetailDict,
        StepFunctionsExecutionStatusChangeEventDict,
    )

__all__ = ["step_functions_execution_status_change_event"]

_ERRORS = {"FAILED": "States.TaskFailed", "TIMED_OUT": "States.Timeout", "ABORTED": None}


def step_functions_execution_status_change_event(
    *,
    state_machine: str = "order-workflow",
    status: StepFunctionsExecutionStatus = "SUCCEEDED",
    input: Any = None,
    output: Any = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> StepFunctionsExecutionStatusChangeEventDict:
    """An execution of `state_machine` entered `status`, with `input` (and, once `SUCCEEDED`, `output`) as
    the JSON text Step Functions puts in the event; a failure carries an `error` and `cause`."""
    check_one_of("status", status, get_args(StepFunctionsExecutionStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    name = scene.uuid()
    execution_arn = scene.arn("states", f"execution:{state_machine}:{name}")
    stopped = status not in ("RUNNING", "PENDING_REDRIVE")
    succeeded = status == "SUCCEEDED"
    detail: StepFunctionsExecutionStatusChangeDetailDict = {
        "executionArn": execution_arn,
        "stateMachineArn": scene.arn("states", f"stateMachine:{state_machine}"),
        "name": name,
        "status": status,
        "startDate": scene.epoch_ms(-30_000),
        "stopDate": scene.epoch_ms() if stopped else None,
        "input": json.dumps(input if input is not None else {}),
        "output": json.dumps(output) if succeeded else None,
        "inputDetails": {"included": True},
        "outputDetails": {"included": True} if succeeded else None,
        "redriveCount": 0,
        "redriveStatus": "REDRIVABLE" if status in ("FAILED", "TIMED_OUT", "ABORTED") else "NOT_REDRIVABLE",
    }
    if status in _ERRORS:
        detail["error"] = _ERRORS[status]
        detail["cause"] = None if status == "ABORTED" else "The task failed."
    return {
        **aws_event_envelope(scene, [execution_arn]),
        "source": "aws.states",
        "detail-type": "Step Functions Execution Status Change",
        "detail": detail,
    }
