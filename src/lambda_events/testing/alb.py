"""Test events of Application Load Balancer targets, in the single-value or the multi-value form."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, Union, overload
from urllib.parse import quote_plus

from lambda_events.testing._http import Body, Fields, check_request_line, last_values, request_parts
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.alb import ALBMultiValueEventDict, ALBSingleValueEventDict

__all__ = ["alb_event"]


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
    check_request_line(method, path)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    host = f"{target_group}-{scene.digits(9)}.{region}.elb.amazonaws.com"
    request = request_parts(scene, host, headers=headers, query=query, body=body, lower_case=True)
    all_query = {quote_plus(name): [quote_plus(value) for value in values] for name, values in request.query.items()}
    single: ALBSingleValueEventDict = {
        "requestContext": {
            "elb": {"targetGroupArn": scene.arn("elasticloadbalancing", f"targetgroup/{target_group}/{scene.hex(16)}")}
        },
        "httpMethod": method,
        "path": path,
        "queryStringParameters": last_values(all_query),
        "headers": last_values(request.headers),
        "body": request.body.text or "",
        "isBase64Encoded": request.body.base64,
    }
    if not multi_value:
        return single
    return {
        "requestContext": single["requestContext"],
        "httpMethod": method,
        "path": path,
        "multiValueQueryStringParameters": all_query,
        "multiValueHeaders": request.headers,
        "body": single["body"],
        "isBase64Encoded": request.body.base64,
    }
