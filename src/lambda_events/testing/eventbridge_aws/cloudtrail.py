"""Test events of AWS CloudTrail through EventBridge: an API call to any service, and a console sign-in."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional, get_args

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge_aws._envelope import aws_event_envelope, check_one_of

if TYPE_CHECKING:
    from lambda_events.eventbridge.aws.cloudtrail import (
        AWSAPICallViaCloudTrailDetailDict,
        AWSAPICallViaCloudTrailEventDict,
        AWSConsoleSignInViaCloudTrailEventDict,
        CloudTrailUserIdentityDict,
    )

__all__ = ["aws_api_call_via_cloudtrail_event", "aws_console_sign_in_via_cloudtrail_event", "cloudtrail_identity"]

IdentityType = Literal["AssumedRole", "IAMUser", "Root"]
"""The kinds of caller the factories build."""


def cloudtrail_identity(scene: Scenario, identity: IdentityType, *, role: str = "deployer") -> CloudTrailUserIdentityDict:
    """The `userIdentity` of a caller in the scenario's account: an assumed role's session (with its
    `sessionContext`), an IAM user, or the root user."""
    check_one_of("identity", identity, get_args(IdentityType))
    account = scene.account
    created = scene.iso(-15 * 60 * 1000, fraction=False)
    if identity == "AssumedRole":
        role_id = "AROA" + scene.chars(17)
        return {
            "type": "AssumedRole",
            "principalId": f"{role_id}:{role}-session",
            "arn": f"arn:aws:sts::{account}:assumed-role/{role}/{role}-session",
            "accountId": account,
            "accessKeyId": scene.access_key_id(),
            "sessionContext": {
                "sessionIssuer": {
                    "type": "Role",
                    "principalId": role_id,
                    "arn": f"arn:aws:iam::{account}:role/{role}",
                    "accountId": account,
                    "userName": role,
                },
                "webIdFederationData": {},
                "attributes": {"creationDate": created, "mfaAuthenticated": "false"},
            },
        }
    if identity == "IAMUser":
        return {
            "type": "IAMUser",
            "principalId": scene.principal_id(),
            "arn": f"arn:aws:iam::{account}:user/{role}",
            "accountId": account,
            "accessKeyId": "AKIA" + scene.chars(16),
            "userName": role,
        }
    return {"type": "Root", "principalId": account, "arn": f"arn:aws:iam::{account}:root", "accountId": account}


def _service_source(event_source: str) -> str:
    """The EventBridge `source` of a service endpoint name: `s3.amazonaws.com` → `aws.s3`."""
    service, dot, domain = event_source.partition(".")
    if not (service and dot and domain.startswith("amazonaws.com")):
        raise ValueError(f"event_source: expected a service endpoint name like 's3.amazonaws.com', got {event_source!r}")
    return f"aws.{service}"


def aws_api_call_via_cloudtrail_event(
    *,
    event_source: str = "s3.amazonaws.com",
    event_name: str = "PutBucketPolicy",
    request_parameters: Optional[Mapping[str, Any]] = None,
    response_elements: Optional[Mapping[str, Any]] = None,
    identity: IdentityType = "AssumedRole",
    error_code: Optional[str] = None,
    read_only: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AWSAPICallViaCloudTrailEventDict:
    """An API call `event_name` to the service `event_source` (its EventBridge `source` follows: `aws.s3`),
    made by `identity`, with the request and response given (copied); with `error_code`, a failed call
    (`errorMessage` set, `responseElements` `null`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    source = _service_source(event_source)
    detail: AWSAPICallViaCloudTrailDetailDict = {
        "eventVersion": "1.09",
        "userIdentity": cloudtrail_identity(scene, identity),
        "eventTime": scene.iso(fraction=False),
        "eventSource": event_source,
        "eventName": event_name,
        "awsRegion": region,
        "sourceIPAddress": scene.ip(),
        "userAgent": "aws-cli/2.15.30 md/awscrt#0.19.19 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.11.8",
        "requestParameters": dict(request_parameters) if request_parameters is not None else None,
        "responseElements": dict(response_elements) if response_elements is not None and error_code is None else None,
        "requestID": scene.uuid(),
        "eventID": scene.uuid(),
        "readOnly": read_only,
        "eventType": "AwsApiCall",
        "managementEvent": True,
        "recipientAccountId": account,
        "eventCategory": "Management",
        "tlsDetails": {
            "tlsVersion": "TLSv1.3",
            "cipherSuite": "TLS_AES_128_GCM_SHA256",
            "clientProvidedHostHeader": f"{event_source.split('.')[0]}.{region}.amazonaws.com",
        },
    }
    if error_code is not None:
        detail["errorCode"] = error_code
        detail["errorMessage"] = f"{error_code}: the request was refused"
    return {
        **aws_event_envelope(scene, []),
        "source": source,
        "detail-type": "AWS API Call via CloudTrail",
        "detail": detail,
    }


def aws_console_sign_in_via_cloudtrail_event(
    *,
    identity: IdentityType = "IAMUser",
    succeeded: bool = True,
    mfa_used: bool = True,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AWSConsoleSignInViaCloudTrailEventDict:
    """A console sign-in by `identity`, `succeeded` or failed (`errorMessage` `Failed authentication`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    signed_in: AWSConsoleSignInViaCloudTrailEventDict = {
        **aws_event_envelope(scene, []),
        "source": "aws.signin",
        "detail-type": "AWS Console Sign In via CloudTrail",
        "detail": {
            "eventVersion": "1.09",
            "userIdentity": cloudtrail_identity(scene, identity),
            "eventTime": scene.iso(fraction=False),
            "eventSource": "signin.amazonaws.com",
            "eventName": "ConsoleLogin",
            "awsRegion": region,
            "sourceIPAddress": scene.ip(),
            "userAgent": "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
            "requestParameters": None,
            "responseElements": {"ConsoleLogin": "Success" if succeeded else "Failure"},
            "additionalEventData": {
                "LoginTo": "https://console.aws.amazon.com/console/home",
                "MobileVersion": "No",
                "MFAUsed": "Yes" if mfa_used else "No",
            },
            "eventID": scene.uuid(),
            "readOnly": False,
            "eventType": "AwsConsoleSignIn",
            "managementEvent": True,
            "recipientAccountId": account,
            "eventCategory": "Management",
        },
    }
    if not succeeded:
        signed_in["detail"]["errorMessage"] = "Failed authentication"
    return signed_in
