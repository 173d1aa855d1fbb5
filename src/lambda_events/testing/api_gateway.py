"""Test events of API Gateway REST APIs (the proxy integration, payload 1.0)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Optional, cast

from lambda_events.helpers._arguments import mapping_argument
from lambda_events.testing._http import Body, Fields, check_request_line, find, last_values, request_parts
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types._authorizer_context import AuthorizerContextT
    from lambda_events.types.api_gateway import APIGatewayHTTPMethod, APIGatewayProxyEventDict

__all__ = ["api_gateway_event"]


def api_host(scene: Scenario, api_id: str) -> str:
    """The `execute-api` host name of an API."""
    return f"{api_id}.execute-api.{scene.region}.amazonaws.com"


def api_gateway_event(
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
    authorizer: Optional[AuthorizerContextT] = None,
    legacy: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayProxyEventDict[AuthorizerContextT]:
    """A REST API proxy integration event.

    `headers` and `query` map a name to a value or to a list of values: `multiValueHeaders` gets every value,
    `headers` the last. With no `headers`, a browser's headers behind API Gateway are used. A bytes `body` is
    base64-encoded with `isBase64Encoded`; a mapping or list is sent as JSON (with its `Content-Type`). Empty
    maps are `null`, as API Gateway sends them. `resource` (the matched template) defaults to `path`.

    `authorizer`, a mapping, is copied into `requestContext.authorizer` (what the method's authorizer returned),
    and its type parameterises the event's: an `APIGatewayCognitoAuthorizerContextDict` gives an
    `APIGatewayProxyEventDict[APIGatewayCognitoAuthorizerContextDict]`. Without it the key is absent and the
    type is the bare `APIGatewayProxyEventDict`. Anything but a mapping or `None` raises `TypeError`.

    With `legacy`, the event as older deployments, older console tests and local emulators send it: without
    the keys added later (`multiValueHeaders`, `multiValueQueryStringParameters`, `isBase64Encoded`, and
    `domainName`, `domainPrefix`, `extendedRequestId`, `protocol`, `requestTime`, `requestTimeEpoch`,
    `identity.principalOrgId` in `requestContext`). Such events cannot carry a binary body: a bytes `body`
    with `legacy` raises `ValueError`.
    """
    check_request_line(method, path)
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    api_id = scene.lower_id(10)
    request = request_parts(scene, api_host(scene, api_id), headers=headers, query=query, body=body)
    event: APIGatewayProxyEventDict[AuthorizerContextT] = {
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
        copied = dict(mapping_argument(authorizer, "authorizer"))
        event["requestContext"]["authorizer"] = cast("AuthorizerContextT", copied)
    if legacy:
        if request.body.base64:
            raise ValueError("legacy: an event without isBase64Encoded cannot carry a binary body")
        _drop_later_keys(event)
    return event


def _drop_later_keys(event: APIGatewayProxyEventDict[AuthorizerContextT]) -> None:
    """Remove from `event` the keys API Gateway added over the years, which older events lack."""
    del event["multiValueHeaders"], event["multiValueQueryStringParameters"], event["isBase64Encoded"]
    context = event["requestContext"]
    del context["domainName"], context["domainPrefix"], context["extendedRequestId"], context["protocol"]
    del context["requestTime"], context["requestTimeEpoch"], context["identity"]["principalOrgId"]
