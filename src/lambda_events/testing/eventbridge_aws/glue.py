"""Test events of AWS Glue (`aws.glue`): job runs that ended, crawler runs."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, get_args

from lambda_events.eventbridge.aws.glue import GlueJobRunState
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.glue import (
        GlueCrawlerStateChangeDetailDict,
        GlueCrawlerStateChangeEventDict,
        GlueJobRunStatusEventDict,
        GlueJobStateChangeEventDict,
    )

__all__ = [
    "glue_crawler_state_change_event",
    "glue_job_run_status_event",
    "glue_job_state_change_event",
]

CrawlerState = Literal["Started", "Succeeded", "Failed"]
"""What a crawler event reports."""
_SEVERITY: dict[str, Literal["INFO", "WARN", "ERROR"]] = {"SUCCEEDED": "INFO", "STOPPED": "WARN", "FAILED": "ERROR", "TIMEOUT": "ERROR"}


def glue_job_state_change_event(
    *,
    job_name: str = "nightly-etl",
    state: GlueJobRunState = "SUCCEEDED",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> GlueJobStateChangeEventDict:
    """A run of `job_name` ended in `state`."""
    check_one_of("state", state, get_args(GlueJobRunState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    run_id = "jr_" + scene.hex(64)
    messages = {
        "SUCCEEDED": "Job run succeeded",
        "FAILED": f"JobName:{job_name} and JobRunId:{run_id} failed to execute with exception Out of memory",
        "TIMEOUT": f"Job run timed out: JobName:{job_name} and JobRunId:{run_id}",
        "STOPPED": "Job run stopped",
    }
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.glue",
        "detail-type": "Glue Job State Change",
        "detail": {"jobName": job_name, "severity": _SEVERITY[state], "state": state, "jobRunId": run_id, "message": messages[state]},
    }


def glue_crawler_state_change_event(
    *,
    crawler: str = "sales-crawler",
    state: CrawlerState = "Succeeded",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> GlueCrawlerStateChangeEventDict:
    """A run of `crawler` started, succeeded (with its counts) or failed."""
    check_one_of("state", state, get_args(CrawlerState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    detail: GlueCrawlerStateChangeDetailDict = {"accountId": account, "crawlerName": crawler, "state": state}
    log_link = f"https://{region}.console.aws.amazon.com/cloudwatch/home?region={region}#logEventViewer:group=/aws-glue/crawlers;stream={crawler}"
    if state == "Started":
        detail.update({"startTime": scene.iso(fraction=False), "message": "Crawler Started"})
    elif state == "Succeeded":
        detail.update(
            {
                "message": "Crawler Succeeded",
                "completionDate": scene.iso(fraction=False),
                "runningTime (sec)": "42",
                "warningMessage": "N/A",
                "cloudWatchLogLink": log_link,
                "tablesCreated": "1",
                "tablesUpdated": "0",
                "tablesDeleted": "0",
                "partitionsCreated": "3",
                "partitionsUpdated": "0",
                "partitionsDeleted": "0",
            }
        )
    else:
        detail.update({"errorMessage": "Internal Service Exception", "cloudWatchLogLink": log_link})
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.glue",
        "detail-type": "Glue Crawler State Change",
        "detail": detail,
    }


GlueRunningState = Literal["STARTING", "RUNNING", "STOPPING"]
"""The states a delay notification reports."""


def glue_job_run_status_event(
    *,
    job_name: str = "nightly-etl",
    state: GlueRunningState = "RUNNING",
    notify_delay_after: int = 10,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> GlueJobRunStatusEventDict:
    """A run of `job_name` is still in `state` `notify_delay_after` minutes after it started."""
    check_one_of("state", state, get_args(GlueRunningState))
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        **aws_event_envelope(scene, []),
        "source": "aws.glue",
        "detail-type": "Glue Job Run Status",
        "detail": {
            "jobName": job_name,
            "severity": "INFO",
            "notificationCondition": {"NotifyDelayAfter": notify_delay_after},
            "state": state,
            "jobRunId": "jr_" + scene.hex(64),
            "message": f"Job is in {state} state",
            "startedOn": scene.iso(-notify_delay_after * 60_000),
        },
    }
