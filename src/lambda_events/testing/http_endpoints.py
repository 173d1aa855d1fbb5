"""Test events of two other HTTP front doors of a function: Application Load Balancers and function URLs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, Union, overload
from urllib.parse import quote, quote_plus

from lambda_events.testing._http import (
    USER_AGENT,
    Body,
    Fields,
    encode_body,
    find,
    joined,
    last_values,
    lowered,
    multi,
    query_string,
    request_headers,
    take_cookies,
)
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.alb import ALBMultiValueEventDict, ALBSingleValueEventDict
    from lambda_events.types.lambda_function_url import LambdaFunctionUrlEventDict

__all__ = ["alb_event", "function_url_event"]


@overload
def alb_event(
    *,
    method: str = ...,
    path: str = ...,
    body: Body = ...,
    headers: Fields = ...,
    query: Fields = ...,
    multi_value: Literal[False] = ...,
    target_group: str = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> ALBSingleValueEventDict:
    """A target group without multi-value headers (the default)."""


@overload
def alb_event(
    *,
    method: str = ...,
    path: str = ...,
    body: Body = ...,
    headers: Fields = ...,
    query: Fields = ...,
    multi_value: Literal[True],
    target_group: str = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> ALBMultiValueEventDict:
    """A target group with multi-value headers."""


def alb_event(
    *,
    method: str = "GET",
    path: str = "/",
    body: Body = None,
    headers: Fields = None,
    query: Fields = None,
    multi_value: bool = False,
    target_group: str = "example-targets",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> Union[ALBSingleValueEventDict, ALBMultiValueEventDict]:
    """An Application Load Balancer target event, single-value (the default) or `multi_value`.

    Header names are lower-cased; query values are URL-encoded, as the load balancer passes them on.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    host = f"{target_group}-{scene.digits(9)}.{region}.elb.amazonaws.com"
    encoded = encode_body(body)
    all_headers = lowered(request_headers(scene, host, headers, encoded, scene.ip()))
    all_query = {quote_plus(name): [quote_plus(value) for value in values] for name, values in multi(query).items()}
    single: ALBSingleValueEventDict = {
        "requestContext": {
            "elb": {"targetGroupArn": scene.arn("elasticloadbalancing", f"targetgroup/{target_group}/{scene.hex(16)}")}
        },
        "httpMethod": method,
        "path": path,
        "queryStringParameters": last_values(all_query),
        "headers": last_values(all_headers),
        "body": encoded.text or "",
        "isBase64Encoded": encoded.base64,
    }
    if not multi_value:
        return single
    return {
        "requestContext": single["requestContext"],
        "httpMethod": method,
        "path": path,
        "multiValueQueryStringParameters": all_query,
        "multiValueHeaders": all_headers,
        "body": single["body"],
        "isBase64Encoded": encoded.base64,
    }


def function_url_event(
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
    source_ip = scene.ip()
    encoded = encode_body(body)
    all_headers = lowered(request_headers(scene, host, headers, encoded, source_ip))
    all_cookies = take_cookies(all_headers, cookies)
    all_query = multi(query)
    event: LambdaFunctionUrlEventDict = {
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": quote(path),
        "rawQueryString": query_string(all_query),
        "headers": joined(all_headers),
        "requestContext": {
            "accountId": account if iam else "anonymous",
            "apiId": url_id,
            "domainName": host,
            "domainPrefix": url_id,
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": find(all_headers, "user-agent") or USER_AGENT,
            },
            "requestId": scene.uuid(),
            "routeKey": "$default",
            "stage": "$default",
            "time": scene.clf(),
            "timeEpoch": scene.epoch_ms(),
        },
        "isBase64Encoded": encoded.base64,
    }
    if iam:
        user_id = scene.principal_id()
        event["requestContext"]["authorizer"] = {
            "iam": {
                "accessKey": scene.access_key_id(),
                "accountId": account,
                "callerId": user_id,
                "cognitoIdentity": None,
                "principalOrgId": None,
                "userArn": scene.arn("iam", "user/example-user", regional=False),
                "userId": user_id,
            }
        }
    if all_cookies:
        event["cookies"] = all_cookies
    if all_query:
        event["queryStringParameters"] = joined(all_query)
    if encoded.text is not None:
        event["body"] = encoded.text
    return event
