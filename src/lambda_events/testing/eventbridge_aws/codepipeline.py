"""Test events of AWS CodePipeline (`aws.codepipeline`): pipeline, stage and action execution state changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.codepipeline import (
        CodePipelineActionExecutionStateChangeDetailDict,
        CodePipelineActionExecutionStateChangeEventDict,
        CodePipelinePipelineExecutionStateChangeDetailDict,
        CodePipelinePipelineExecutionStateChangeEventDict,
        CodePipelineStageExecutionStateChangeEventDict,
    )

__all__ = [
    "codepipeline_action_execution_state_change_event",
    "codepipeline_pipeline_execution_state_change_event",
    "codepipeline_stage_execution_state_change_event",
]

PipelineState = Literal["CANCELED", "FAILED", "RESUMED", "STARTED", "STOPPED", "STOPPING", "SUCCEEDED", "SUPERSEDED"]
"""A pipeline execution's states."""
StageState = Literal["CANCELED", "FAILED", "RESUMED", "STARTED", "STOPPED", "STOPPING", "SUCCEEDED"]
"""A stage execution's states."""
ActionState = Literal["ABANDONED", "CANCELED", "FAILED", "STARTED", "SUCCEEDED"]
"""An action execution's states."""


def codepipeline_pipeline_execution_state_change_event(
    *,
    pipeline: str = "release",
    state: PipelineState = "SUCCEEDED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodePipelinePipelineExecutionStateChangeEventDict:
    """An execution of `pipeline` entered `state` (a `STARTED` one says what triggered it)."""
    check_one_of("state", state, get_args(PipelineState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    detail: CodePipelinePipelineExecutionStateChangeDetailDict = {
        "pipeline": pipeline,
        "execution-id": scene.uuid(),
        "start-time": scene.iso(-300_000),
        "state": state,
        "version": 1,
        "pipeline-execution-attempt": 1.0,
    }
    if state == "STARTED":
        detail["execution-trigger"] = {"trigger-type": "StartPipelineExecution", "trigger-detail": f"arn:aws:iam::{account}:user/deployer"}
    return {
        **aws_event_envelope(scene, [scene.arn("codepipeline", pipeline)]),
        "source": "aws.codepipeline",
        "detail-type": "CodePipeline Pipeline Execution State Change",
        "detail": detail,
    }


def codepipeline_stage_execution_state_change_event(
    *,
    pipeline: str = "release",
    stage: str = "Deploy",
    state: StageState = "SUCCEEDED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodePipelineStageExecutionStateChangeEventDict:
    """The stage `stage` of an execution of `pipeline` entered `state`."""
    check_one_of("state", state, get_args(StageState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, [scene.arn("codepipeline", pipeline)]),
        "source": "aws.codepipeline",
        "detail-type": "CodePipeline Stage Execution State Change",
        "detail": {
            "pipeline": pipeline,
            "execution-id": scene.uuid(),
            "start-time": scene.iso(-120_000),
            "stage": stage,
            "state": state,
            "version": 1,
            "pipeline-execution-attempt": 1.0,
        },
    }


def codepipeline_action_execution_state_change_event(
    *,
    pipeline: str = "release",
    stage: str = "Build",
    action: str = "BuildApp",
    state: ActionState = "FAILED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodePipelineActionExecutionStateChangeEventDict:
    """The CodeBuild action `action` of an execution of `pipeline` entered `state`; once ended it carries
    its `execution-result` (with the `error-code` of a failure)."""
    check_one_of("state", state, get_args(ActionState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    build_id = f"{pipeline}-build:{scene.uuid()}"
    detail: CodePipelineActionExecutionStateChangeDetailDict = {
        "pipeline": pipeline,
        "execution-id": scene.uuid(),
        "start-time": scene.iso(-90_000),
        "stage": stage,
        "action-execution-id": scene.uuid(),
        "action": action,
        "state": state,
        "region": region,
        "type": {"owner": "AWS", "provider": "CodeBuild", "category": "Build", "version": "1"},
        "version": 1,
        "pipeline-execution-attempt": 1.0,
        "input-artifacts": [{"name": "SourceArtifact", "s3location": {"bucket": f"codepipeline-{region}-{scene.digits(12)}", "key": f"{pipeline}/SourceArti/{scene.chars(7)}"}}],
    }
    if state in ("SUCCEEDED", "FAILED"):
        detail["execution-result"] = {
            "external-execution-url": f"https://console.aws.amazon.com/codebuild/home?region={region}#/builds/{build_id}/view/new",
            "external-execution-id": build_id,
            "external-execution-summary": "Build succeeded" if state == "SUCCEEDED" else "Build terminated with state: FAILED",
        }
        if state == "FAILED":
            detail["execution-result"]["error-code"] = "JobFailed"
    return {
        **aws_event_envelope(scene, [scene.arn("codepipeline", pipeline)]),
        "source": "aws.codepipeline",
        "detail-type": "CodePipeline Action Execution State Change",
        "detail": detail,
    }
