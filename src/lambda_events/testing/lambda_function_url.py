"""Test events of Lambda function URLs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, cast

from lambda_events.testing._http import Body, Fields, request_parts
from lambda_events.testing._payload_v2 import payload_v2_event
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.lambda_function_url import LambdaFunctionUrlAuthorizerDict, LambdaFunctionUrlEventDict

__all__ = ["lambda_function_url_event"]


def lambda_function_url_event(
    *,
    method: str = "GET",
    path: str = "/",
    body: Body = None,
    headers: Fields = None,
    query: Fields = None,
    cookies: Sequence[str] = (),
    iam: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> LambdaFunctionUrlEventDict:
    """A function URL request event (payload format 2.0 without routes or stages). With `iam`, the URL's auth
    type is `AWS_IAM` and the request is signed by a user of `account`; otherwise it is anonymous."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    url_id = scene.lower_id(32)
    host = f"{url_id}.lambda-url.{region}.on.aws"
    request = request_parts(scene, host, headers=headers, query=query, body=body, lower_case=True)
    request_id = scene.uuid()
    event = payload_v2_event(
        scene,
        request,
        method=method,
        path=path,
        cookies=cookies,
        api_id=url_id,
        domain=host,
        account_id=account if iam else "anonymous",
        request_id=request_id,
        authorizer=_iam_authorizer(scene) if iam else None,
    )
    return cast("LambdaFunctionUrlEventDict", event)


def _iam_authorizer(scene: Scenario) -> LambdaFunctionUrlAuthorizerDict:
    """The authorizer of a request signed by an IAM user of the scenario's account."""
    user_id = scene.principal_id()
    return {
        "iam": {
            "accessKey": scene.access_key_id(),
            "accountId": scene.account,
            "callerId": user_id,
            "cognitoIdentity": None,
            "principalOrgId": None,
            "userArn": scene.arn("iam", "user/example-user", regional=False),
            "userId": user_id,
        }
    }
