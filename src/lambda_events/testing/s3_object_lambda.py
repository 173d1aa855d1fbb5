"""Test events of S3 Object Lambda access points."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, Union, cast, overload
from urllib.parse import quote

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, presigned_s3_url

if TYPE_CHECKING:
    from lambda_events.types.s3_object_lambda import (
        S3ObjectLambdaConfigurationDict,
        S3ObjectLambdaEventDict,
        S3ObjectLambdaGetObjectEventDict,
        S3ObjectLambdaHeadObjectEventDict,
        S3ObjectLambdaListObjectsEventDict,
        S3ObjectLambdaListObjectsV2EventDict,
        S3ObjectLambdaUserIdentityDict,
        S3ObjectLambdaUserRequestDict,
    )

__all__ = ["s3_object_lambda_event"]


S3ObjectLambdaOperation = Literal["GetObject", "HeadObject", "ListObjects", "ListObjectsV2"]
"""The operations an Object Lambda access point can send to a function."""


_CONTEXT_KEY_OF: Mapping[str, str] = {
    "GetObject": "getObjectContext",
    "HeadObject": "headObjectContext",
    "ListObjects": "listObjectsContext",
    "ListObjectsV2": "listObjectsV2Context",
}


@overload
def s3_object_lambda_event(
    *,
    operation: Literal["GetObject"] = ...,
    key: str = ...,
    access_point: str = ...,
    payload: Optional[str] = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> S3ObjectLambdaGetObjectEventDict:
    """A `GetObject` request (the default)."""


@overload
def s3_object_lambda_event(
    *,
    operation: Literal["HeadObject"],
    key: str = ...,
    access_point: str = ...,
    payload: Optional[str] = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> S3ObjectLambdaHeadObjectEventDict:
    """A `HeadObject` request."""


@overload
def s3_object_lambda_event(
    *,
    operation: Literal["ListObjects"],
    key: str = ...,
    access_point: str = ...,
    payload: Optional[str] = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> S3ObjectLambdaListObjectsEventDict:
    """A `ListObjects` request."""


@overload
def s3_object_lambda_event(
    *,
    operation: Literal["ListObjectsV2"],
    key: str = ...,
    access_point: str = ...,
    payload: Optional[str] = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> S3ObjectLambdaListObjectsV2EventDict:
    """A `ListObjectsV2` request."""


def s3_object_lambda_event(
    *,
    operation: S3ObjectLambdaOperation = "GetObject",
    key: str = "reports/2024/summary.txt",
    access_point: str = "example-ap",
    payload: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> Union[
    S3ObjectLambdaGetObjectEventDict,
    S3ObjectLambdaHeadObjectEventDict,
    S3ObjectLambdaListObjectsEventDict,
    S3ObjectLambdaListObjectsV2EventDict,
]:
    """An Object Lambda event for `operation` on `key` (for listings, `key` is the prefix listed), with a
    presigned `inputS3Url` as S3 builds it (signature, security token and all)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    lambda_host = f"{access_point}-lambda-{account}.s3-object-lambda.{region}.amazonaws.com"
    if operation in ("GetObject", "HeadObject"):
        target = "/" + quote(key)
    else:
        target = "/?" + ("list-type=2&" if operation == "ListObjectsV2" else "") + f"prefix={quote(key, safe='')}"
    configuration: S3ObjectLambdaConfigurationDict = {
        "accessPointArn": scene.arn("s3-object-lambda", f"accesspoint/{access_point}-lambda"),
        "supportingAccessPointArn": scene.arn("s3", f"accesspoint/{access_point}"),
    }
    if payload is not None:
        configuration["payload"] = payload
    request_id = scene.uuid()
    user_request: S3ObjectLambdaUserRequestDict = {
        "url": f"https://{lambda_host}{target}",
        "headers": {"Host": lambda_host, "Accept-Encoding": "identity", "X-Amz-Content-SHA256": scene.hex(64)},
    }
    identity = _assumed_role(scene)
    url = presigned_s3_url(scene, f"{access_point}-{account}.s3-accesspoint.{region}.amazonaws.com{target}")
    context = {"inputS3Url": url}
    if operation == "GetObject":
        context["outputRoute"] = f"io-{region.replace('-', '')[:4]}-{scene.digits(3)}"
        context["outputToken"] = scene.base64(96)
    event = {
        "xAmzRequestId": request_id,
        _CONTEXT_KEY_OF[operation]: context,
        "configuration": configuration,
        "userRequest": user_request,
        "userIdentity": identity,
        "protocolVersion": "1.00" if operation == "GetObject" else "1.01",
    }
    return cast("S3ObjectLambdaEventDict", event)


def _assumed_role(scene: Scenario) -> S3ObjectLambdaUserIdentityDict:
    """The identity of a caller that assumed a role of the scenario's account."""
    role_id = "AROA" + scene.chars(17)
    return {
        "type": "AssumedRole",
        "principalId": f"{role_id}:reporting-session",
        "arn": scene.arn("sts", "assumed-role/Reporting/reporting-session", regional=False),
        "accountId": scene.account,
        "accessKeyId": scene.access_key_id(),
        "sessionContext": {
            "attributes": {"mfaAuthenticated": "false", "creationDate": scene.now.strftime("%a %b %d %H:%M:%S UTC %Y")},
            "sessionIssuer": {
                "type": "Role",
                "principalId": role_id,
                "arn": scene.arn("iam", "role/Reporting", regional=False),
                "accountId": scene.account,
                "userName": "Reporting",
            },
        },
    }
