"""Test events of API Gateway Lambda authorizers: REST token and request, WebSocket, HTTP API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, cast

from lambda_events.testing._http import Fields, check_request_line
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.api_gateway import api_gateway_event
from lambda_events.testing.api_gateway_v2 import api_gateway_v2_event
from lambda_events.testing.api_gateway_websocket import api_gateway_websocket_event

if TYPE_CHECKING:
    from lambda_events.types.api_gateway import APIGatewayHTTPMethod
    from lambda_events.types.api_gateway_authorizer import (
        APIGatewayAuthorizerEventV2Dict,
        APIGatewayAuthorizerRequestContextDict,
        APIGatewayAuthorizerRequestEventDict,
        APIGatewayAuthorizerTokenEventDict,
        APIGatewayAuthorizerWebSocketEventDict,
    )

__all__ = [
    "api_gateway_authorizer_request_event",
    "api_gateway_authorizer_token_event",
    "api_gateway_authorizer_v2_event",
    "api_gateway_authorizer_websocket_event",
]


def _execute_api_arn(scene: Scenario, api_id: str, stage: str, route: str) -> str:
    return scene.arn("execute-api", f"{api_id}/{stage}/{route}")


def _bearer(scene: Scenario, token: Optional[str]) -> str:
    return token if token is not None else f"Bearer {scene.base64(48)}"


def api_gateway_authorizer_token_event(
    *,
    token: Optional[str] = None,
    method: APIGatewayHTTPMethod = "GET",
    path: str = "/",
    stage: str = "prod",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayAuthorizerTokenEventDict:
    """A REST API `TOKEN` authorizer event for a call to `method path` (`token` defaults to a random bearer
    token, as the client's `Authorization` header would carry it)."""
    check_request_line(method, path)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        "type": "TOKEN",
        "authorizationToken": _bearer(scene, token),
        "methodArn": _execute_api_arn(scene, scene.lower_id(10), stage, f"{method}{path}"),
    }


def api_gateway_authorizer_request_event(
    *,
    token: Optional[str] = None,
    method: APIGatewayHTTPMethod = "GET",
    path: str = "/",
    headers: Fields = None,
    query: Fields = None,
    path_parameters: Optional[Mapping[str, str]] = None,
    stage_variables: Optional[Mapping[str, str]] = None,
    stage: str = "prod",
    documented: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayAuthorizerRequestEventDict:
    """A REST API `REQUEST` authorizer event: the parts of the request, whose `Authorization` header carries
    `token` (a random bearer token by default) unless `headers` name one.

    By default the request context has every key the proxy integration would receive; with `documented`,
    only the keys of the API Gateway developer guide's example (no multi-value maps, an identity of `apiKey`
    and `sourceIp`).
    """
    check_request_line(method, path)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    request = api_gateway_event(
        method=method,
        path=path,
        headers=headers,
        query=query,
        path_parameters=path_parameters,
        stage_variables=stage_variables,
        stage=stage,
        **scene.factory_arguments(),
    )
    single = request["headers"] or {}
    multiple = request.get("multiValueHeaders") or {}
    if not any(name.lower() == "authorization" for name in single):
        single["Authorization"] = _bearer(scene, token)
        multiple["Authorization"] = [single["Authorization"]]
    proxy_context = request["requestContext"]
    context: APIGatewayAuthorizerRequestContextDict = {
        "path": proxy_context["path"],
        "accountId": account,
        "resourceId": proxy_context["resourceId"],
        "stage": stage,
        "requestId": proxy_context["requestId"],
        "identity": {"apiKey": scene.base64(30), "sourceIp": proxy_context["identity"]["sourceIp"]},
        "resourcePath": proxy_context["resourcePath"],
        "httpMethod": method,
        "apiId": proxy_context["apiId"],
    }
    event: APIGatewayAuthorizerRequestEventDict = {
        "type": "REQUEST",
        "methodArn": _execute_api_arn(scene, context["apiId"], stage, f"{method}{path}"),
        "resource": request["resource"],
        "path": path,
        "httpMethod": method,
        "headers": single,
        "queryStringParameters": request["queryStringParameters"] or {},
        "pathParameters": request["pathParameters"] or {},
        "stageVariables": request["stageVariables"] or {},
        "requestContext": context,
    }
    if not documented:
        context.update(cast("APIGatewayAuthorizerRequestContextDict", proxy_context))
        event["multiValueHeaders"] = multiple
        event["multiValueQueryStringParameters"] = request.get("multiValueQueryStringParameters") or {}
    return event


def api_gateway_authorizer_v2_event(
    *,
    token: Optional[str] = None,
    method: APIGatewayHTTPMethod = "GET",
    path: str = "/",
    headers: Fields = None,
    query: Fields = None,
    cookies: Sequence[str] = (),
    route_key: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayAuthorizerEventV2Dict:
    """An HTTP API Lambda authorizer event (payload 2.0) whose identity source is the `authorization`
    header, carrying `token` (a random bearer token by default) unless `headers` name one."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    route = route_key or f"{method} {path}"
    request = api_gateway_v2_event(
        method=method,
        path=path,
        headers=headers,
        query=query,
        cookies=cookies,
        route_key=route,
        **scene.factory_arguments(),
    )
    request_headers = request["headers"]
    request_headers.setdefault("authorization", _bearer(scene, token))
    context = request["requestContext"]
    event: APIGatewayAuthorizerEventV2Dict = {
        "version": "2.0",
        "type": "REQUEST",
        "routeArn": _execute_api_arn(scene, context["apiId"], context["stage"], f"{method}{path}"),
        "identitySource": [request_headers["authorization"]],
        "routeKey": route,
        "rawPath": request["rawPath"],
        "rawQueryString": request["rawQueryString"],
        "headers": request_headers,
        "requestContext": context,
    }
    if "cookies" in request:
        event["cookies"] = request["cookies"]
    if "queryStringParameters" in request:
        event["queryStringParameters"] = request["queryStringParameters"]
    return event


def api_gateway_authorizer_websocket_event(
    *,
    token: Optional[str] = None,
    query: Fields = None,
    stage: str = "prod",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayAuthorizerWebSocketEventDict:
    """The `$connect` route authorizer event of a WebSocket API: the handshake, with an `Authorization` header
    carrying `token` (a random bearer token by default)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    connect = api_gateway_websocket_event(event_type="CONNECT", query=query, stage=stage, **scene.factory_arguments())
    authorization = _bearer(scene, token)
    context = connect["requestContext"]
    return {
        "type": "REQUEST",
        "methodArn": _execute_api_arn(scene, context["apiId"], stage, "$connect"),
        "headers": {**connect.get("headers", {}), "Authorization": authorization},
        "multiValueHeaders": {**connect.get("multiValueHeaders", {}), "Authorization": [authorization]},
        "queryStringParameters": connect.get("queryStringParameters", {}),
        "multiValueQueryStringParameters": connect.get("multiValueQueryStringParameters", {}),
        "stageVariables": {},
        "requestContext": context,
    }
