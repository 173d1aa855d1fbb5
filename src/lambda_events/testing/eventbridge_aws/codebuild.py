"""Test events of AWS CodeBuild (`aws.codebuild`): build state changes and build phase changes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional, get_args

from lambda_events.eventbridge.aws.codebuild import CodeBuildBuildStatus
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.codebuild import CodeBuildBuildPhaseChangeEventDict, CodeBuildBuildStateChangeEventDict

__all__ = ["codebuild_build_phase_change_event", "codebuild_build_state_change_event"]


def _console_time(scene: Scenario, milliseconds: int) -> str:
    """The time format CodeBuild uses in phase events: `Jul 13, 2017 8:48:32 PM`."""
    moment = scene.at(milliseconds)
    hour = moment.hour % 12 or 12
    return f"{moment.strftime('%b')} {moment.day}, {moment.year} {hour}:{moment.strftime('%M:%S')} {'AM' if moment.hour < 12 else 'PM'}"


def _build_arn(scene: Scenario, project: str) -> str:
    """The ARN of a new build of `project`."""
    return scene.arn("codebuild", f"build/{project}:{scene.uuid()}")


def codebuild_build_state_change_event(
    *,
    project: str = "web-app",
    status: CodeBuildBuildStatus = "SUCCEEDED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeBuildBuildStateChangeEventDict:
    """A build of `project` entered `status` (`IN_PROGRESS` is in phase `SUBMITTED`, the others `COMPLETED`)."""
    check_one_of("status", status, get_args(CodeBuildBuildStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    build_arn = _build_arn(scene, project)
    return {
        **aws_event_envelope(scene, [build_arn]),
        "source": "aws.codebuild",
        "detail-type": "CodeBuild Build State Change",
        "detail": {
            "build-status": status,
            "project-name": project,
            "build-id": build_arn,
            "current-phase": "SUBMITTED" if status == "IN_PROGRESS" else "COMPLETED",
            "current-phase-context": "[]",
            "version": "1",
            "additional-information": {
                "timeout-in-minutes": 60,
                "build-complete": status != "IN_PROGRESS",
                "initiator": f"codepipeline/{project}",
                "build-start-time": _console_time(scene, -300_000),
                "source": {"type": "CODEPIPELINE"},
            },
        },
    }


def codebuild_build_phase_change_event(
    *,
    project: str = "web-app",
    phase: str = "BUILD",
    phase_status: str = "SUCCEEDED",
    duration_seconds: int = 42,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeBuildBuildPhaseChangeEventDict:
    """The phase `phase` of a build of `project` ended with `phase_status` after `duration_seconds`."""
    if duration_seconds < 0:
        raise ValueError(f"duration_seconds: expected 0 or more, got {duration_seconds!r}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    build_arn = _build_arn(scene, project)
    return {
        **aws_event_envelope(scene, [build_arn]),
        "source": "aws.codebuild",
        "detail-type": "CodeBuild Build Phase Change",
        "detail": {
            "completed-phase": phase,
            "project-name": project,
            "build-id": build_arn,
            "completed-phase-context": "[]" if phase_status == "SUCCEEDED" else '[": "]',
            "completed-phase-status": phase_status,
            "completed-phase-duration-seconds": f"{float(duration_seconds)}",
            "version": "1",
            "completed-phase-start": _console_time(scene, -duration_seconds * 1000),
            "completed-phase-end": _console_time(scene, 0),
        },
    }
