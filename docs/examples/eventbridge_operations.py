"""One function for operational events: AWS Health issues, CloudWatch alarms, expiring certificates
and failed backups, each summarised for an on-call channel."""

from __future__ import annotations

from typing import Optional, Union

from lambda_events import LambdaContext
from lambda_events.eventbridge.aws.acm import ACMCertificateApproachingExpirationEventDict
from lambda_events.eventbridge.aws.backup import BackupJobStateChangeEventDict
from lambda_events.eventbridge.aws.cloudwatch import CloudWatchAlarmStateChangeEventDict
from lambda_events.eventbridge.aws.health import AWSHealthEventDict

OperationsEventDict = Union[
    AWSHealthEventDict,
    CloudWatchAlarmStateChangeEventDict,
    ACMCertificateApproachingExpirationEventDict,
    BackupJobStateChangeEventDict,
]
"""Every event the rule sends the function."""


def handler(event: OperationsEventDict, context: LambdaContext) -> Optional[str]:
    """A one-line summary worth paging for, or `None`."""
    if event["detail-type"] == "AWS Health Event":
        health = event["detail"]
        if health.get("statusCode") == "closed":
            return None
        entities = [entity["entityValue"] for entity in health.get("affectedEntities", [])]
        since = health["startTime"]
        return f"Health {health['service']} {health['eventTypeCode']} since {since}: {entities}"
    if event["detail-type"] == "CloudWatch Alarm State Change":
        alarm = event["detail"]
        if alarm["state"]["value"] != "ALARM":
            return None
        before = alarm.get("previousState", {"value": "new"})["value"]  # absent on a new alarm
        return f"alarm {alarm['alarmName']}: {before} -> ALARM"
    if event["detail-type"] == "ACM Certificate Approaching Expiration":
        certificate = event["detail"]
        return (
            f"certificate {certificate['CommonName']} expires in {certificate['DaysToExpiry']} days"
        )
    job = event["detail"]
    if job["state"] not in ("FAILED", "ABORTED", "EXPIRED"):
        return None
    reason = job.get("statusMessage", "no reason given")
    return f"backup of {job['resourceArn']} {job['state']}: {reason}"
