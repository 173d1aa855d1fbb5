"""Alert on workflows and jobs that did not succeed: Step Functions executions and Glue job runs, one
function for both rules, narrowed on `source`."""

from __future__ import annotations

from typing import Union

from lambda_events import LambdaContext
from lambda_events.eventbridge.aws.glue import GlueJobStateChangeEventDict
from lambda_events.eventbridge.aws.states import StepFunctionsExecutionStatusChangeEventDict

WorkflowEventDict = Union[StepFunctionsExecutionStatusChangeEventDict, GlueJobStateChangeEventDict]
"""What the two rules send the function."""


def handler(event: WorkflowEventDict, context: LambdaContext) -> str | None:
    """One alert line for a run that failed, timed out or was stopped; `None` for the others."""
    if event["source"] == "aws.states":
        execution = event["detail"]
        if execution["status"] in ("RUNNING", "SUCCEEDED", "PENDING_REDRIVE"):
            return None
        seconds = ((execution["stopDate"] or execution["startDate"]) - execution["startDate"]) / 1000
        why = execution.get("error") or "no error reported"
        return f"execution {execution['name']}: {execution['status']} after {seconds:.1f}s ({why})"
    run = event["detail"]
    if run["state"] == "SUCCEEDED":
        return None
    return f"glue job {run['jobName']} run {run['jobRunId']}: {run['state']} ({run['message']})"
