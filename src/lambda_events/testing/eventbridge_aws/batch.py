"""Test events of AWS Batch (`aws.batch`): job state changes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, get_args

from lambda_events.eventbridge.aws.batch import BatchJobStatus
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.batch import BatchJobStateChangeDetailDict, BatchJobStateChangeEventDict

__all__ = ["batch_job_state_change_event"]


def batch_job_state_change_event(
    *,
    job_name: str = "nightly-report",
    queue: str = "default",
    status: BatchJobStatus = "SUCCEEDED",
    command: Sequence[str] = ("python", "report.py"),
    exit_code: int = 0,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> BatchJobStateChangeEventDict:
    """A container job of `queue` entered `status`; once `SUCCEEDED` or `FAILED` it has one attempt whose
    container exited with `exit_code`."""
    check_one_of("status", status, get_args(BatchJobStatus))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    job_id = scene.uuid()
    job_arn = scene.arn("batch", f"job/{job_id}")
    detail: BatchJobStateChangeDetailDict = {
        "jobArn": job_arn,
        "jobName": job_name,
        "jobId": job_id,
        "jobQueue": scene.arn("batch", f"job-queue/{queue}"),
        "status": status,
        "attempts": [],
        "createdAt": scene.epoch_ms(-300_000),
        "retryStrategy": {"attempts": 1},
        "dependsOn": [],
        "jobDefinition": scene.arn("batch", f"job-definition/{job_name}:1"),
        "parameters": {},
        "container": {
            "image": f"{account}.dkr.ecr.{region}.amazonaws.com/{job_name}:latest",
            "command": list(command),
            "volumes": [],
            "environment": [],
            "mountPoints": [],
            "ulimits": [],
            "resourceRequirements": [{"type": "VCPU", "value": "1"}, {"type": "MEMORY", "value": "2048"}],
        },
        "tags": {},
        "platformCapabilities": ["EC2"],
    }
    if status in ("SUCCEEDED", "FAILED"):
        task_arn = scene.arn("ecs", f"task/{scene.uuid()}")
        stream = f"{job_name}/default/{scene.hex(32)}"
        reason = "Essential container in task exited"
        detail["attempts"] = [
            {
                "container": {"taskArn": task_arn, "exitCode": exit_code, "logStreamName": stream, "networkInterfaces": []},
                "startedAt": scene.epoch_ms(-120_000),
                "stoppedAt": scene.epoch_ms(),
                "statusReason": reason,
            }
        ]
        detail["statusReason"] = reason
        detail["startedAt"] = scene.epoch_ms(-120_000)
        detail["stoppedAt"] = scene.epoch_ms()
        detail["container"].update({"exitCode": exit_code, "taskArn": task_arn, "logStreamName": stream})
    return {
        **aws_event_envelope(scene, [job_arn]),
        "source": "aws.batch",
        "detail-type": "Batch Job State Change",
        "detail": detail,
    }
