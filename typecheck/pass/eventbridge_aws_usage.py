"""AWS services' EventBridge events: unions narrowed on `detail-type` or `source`, guards on an event of
unknown kind, the CloudTrail record typed per API, and identities narrowed on `type`."""

from __future__ import annotations

from typing import Optional, TypedDict, Union

from lambda_events.eventbridge import (
    eventbridge_detail_type,
    is_aws_api_call_via_cloudtrail_event,
    is_ec2_instance_state_change_event,
    is_ecs_task_state_change_event,
)
from lambda_events.eventbridge.aws.cloudtrail import AWSAPICallViaCloudTrailEventDict, CloudTrailUserIdentityDict
from lambda_events.eventbridge.aws.ec2 import EC2InstanceState, EC2InstanceStateChangeEventDict
from lambda_events.eventbridge.aws.ecs import ECSTaskStateChangeEventDict
from lambda_events.eventbridge.aws.states import StepFunctionsExecutionStatusChangeEventDict

OperationsEventDict = Union[EC2InstanceStateChangeEventDict, ECSTaskStateChangeEventDict, StepFunctionsExecutionStatusChangeEventDict]


def summary(event: OperationsEventDict) -> str:
    """Narrowed on `detail-type` and on `source`."""
    if event["detail-type"] == "EC2 Instance State-change Notification":
        state: EC2InstanceState = event["detail"]["state"]
        return f"{event['detail']['instance-id']} {state}"
    if event["source"] == "aws.ecs":
        return f"task {event['detail']['taskArn']} {event['detail']['lastStatus']}"
    stopped: Optional[int] = event["detail"]["stopDate"]
    return f"execution {event['detail']['name']} {event['detail']['status']} {stopped}"


def route(event: object) -> str:
    """One function for events of unknown kind."""
    if is_ec2_instance_state_change_event(event):
        return event["detail"]["state"]
    if is_ecs_task_state_change_event(event):
        return event["detail"]["clusterArn"]
    if is_aws_api_call_via_cloudtrail_event(event):
        return event["detail"]["eventName"]
    return eventbridge_detail_type(event) or "unknown"


class PutBucketPolicyParametersDict(TypedDict):
    """The parameters S3 records for `PutBucketPolicy` (the keys read here)."""

    bucketName: str
    """The bucket."""


def bucket_of(event: AWSAPICallViaCloudTrailEventDict[PutBucketPolicyParametersDict, None]) -> str:
    """A CloudTrail record typed for one API."""
    return event["detail"]["requestParameters"]["bucketName"]


def who(identity: CloudTrailUserIdentityDict) -> str:
    """Identities narrow on `type`."""
    if identity["type"] == "IAMUser":
        return identity["userName"]
    if identity["type"] == "AWSService":
        return identity["invokedBy"]
    return identity.get("arn", "unknown")
