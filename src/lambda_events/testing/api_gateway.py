"""Test events of Amazon API Gateway proxy integrations: REST APIs (payload 1.0) and HTTP APIs (payload 2.0)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, cast

from lambda_events.testing._http import Body, Fields, find, last_values, request_parts
from lambda_events.testing._payload_v2 import payload_v2_event
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.api_gateway import APIGatewayHTTPMethod, APIGatewayProxyEventDict
    from lambda_events.types.api_gateway_v2 import APIGatewayProxyEventV2Dict, APIGatewayV2AuthorizerDict

__all__ = ["api_gateway_proxy_event", "api_gateway_proxy_event_v2"]


def api_host(scene: Scenario, api_id: str) -> str:
    """The `execute-api` host name of an API."""
    return f"{api_id}.execute-api.{scene.region}.amazonaws.com"


def api_gateway_proxy_event(
    *,
    method: APIGatewayHTTPMethod = "GET",
    path: str = "/",
    body: Body = None,
    headers: Fields = None,
    query: Fields = None,
    path_parameters: Optional[Mapping[str, str]] = None,
    stage_variables: Optional[Mapping[str, str]] = None,
    resource: Optional[str] = None,
    stage: str = "prod",
    authorizer: Optional[Mapping[str, Any]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayProxyEventDict:
    """A REST API proxy integration event.

    `headers` and `query` map a name to a value or to a list of values: `multiValueHeaders` gets every value,
    `headers` the last. With no `headers`, a browser's headers behind API Gateway are used. A bytes `body` is
    base64-encoded with `isBase64Encoded`; a mapping or list is sent as JSON (with its `Content-Type`). Empty
    maps are `null`, as API Gateway sends them. `resource` (the matched template) defaults to `path`.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    api_id = scene.lower_id(10)
    request = request_parts(scene, api_host(scene, api_id), headers=headers, query=query, body=body)
    event: APIGatewayProxyEventDict = {
        "resource": resource or path,
        "path": path,
        "httpMethod": method,
        "headers": last_values(request.headers) or None,
        "multiValueHeaders": request.headers or None,
        "queryStringParameters": last_values(request.query) or None,
        "multiValueQueryStringParameters": request.query or None,
        "pathParameters": dict(path_parameters) if path_parameters else None,
        "stageVariables": dict(stage_variables) if stage_variables else None,
        "requestContext": {
            "accountId": account,
            "apiId": api_id,
            "deploymentId": scene.lower_id(6),
            "domainName": api_host(scene, api_id),
            "domainPrefix": api_id,
            "extendedRequestId": scene.base64(10),
            "httpMethod": method,
            "identity": {
                "accessKey": None,
                "accountId": None,
                "caller": None,
                "cognitoAuthenticationProvider": None,
                "cognitoAuthenticationType": None,
                "cognitoIdentityId": None,
                "cognitoIdentityPoolId": None,
                "principalOrgId": None,
                "sourceIp": request.source_ip,
                "user": None,
                "userAgent": find(request.headers, "user-agent"),
                "userArn": None,
            },
            "path": f"/{stage}{path}",
            "protocol": "HTTP/1.1",
            "requestId": scene.uuid(),
            "requestTime": scene.clf(),
            "requestTimeEpoch": scene.epoch_ms(),
            "resourceId": scene.lower_id(6),
            "resourcePath": resource or path,
            "stage": stage,
        },
        "body": request.body.text,
        "isBase64Encoded": request.body.base64,
    }
    if authorizer is not None:
        event["requestContext"]["authorizer"] = dict(authorizer)
    return event


def api_gateway_proxy_event_v2(
    *,
    method: APIGatewayHTTPMethod = "GET",
    path: str = "/",
    body: Body = None,
    headers: Fields = None,
    query: Fields = None,
    cookies: Sequence[str] = (),
    path_parameters: Optional[Mapping[str, str]] = None,
    stage_variables: Optional[Mapping[str, str]] = None,
    route_key: str = "$default",
    stage: str = "$default",
    authorizer: Optional[APIGatewayV2AuthorizerDict] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayProxyEventV2Dict:
    """An HTTP API proxy integration event (payload format 2.0).

    Header names are lower-cased and repeated values joined with commas, as are repeated query parameters;
    `cookies` (`name=value`) arrive in their own list. Maps and lists with nothing in them are left out.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    api_id = scene.lower_id(10)
    request = request_parts(scene, api_host(scene, api_id), headers=headers, query=query, body=body, lower_case=True)
    event = payload_v2_event(
        scene,
        request,
        method=method,
        path=path if stage == "$default" else f"/{stage}{path}",
        cookies=cookies,
        api_id=api_id,
        domain=api_host(scene, api_id),
        account_id=account,
        request_id=scene.base64(10),
        route_key=route_key,
        stage=stage,
        authorizer=authorizer,
        path_parameters=path_parameters,
        stage_variables=stage_variables,
    )
    return cast("APIGatewayProxyEventV2Dict", event)
