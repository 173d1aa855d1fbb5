"""The event of payload format 2.0, which HTTP APIs and function URLs both send."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Optional
from urllib.parse import quote

from lambda_events.testing._http import (
    USER_AGENT,
    RequestParts,
    check_request_line,
    find,
    joined,
    query_string,
    take_cookies,
)
from lambda_events.testing._scenario import Scenario


def payload_v2_event(
    scene: Scenario,
    request: RequestParts,
    *,
    method: str,
    path: str,
    cookies: Sequence[str],
    api_id: str,
    domain: str,
    account_id: str,
    request_id: str,
    route_key: str = "$default",
    stage: str = "$default",
    authorizer: Optional[Mapping[str, Any]] = None,
    path_parameters: Optional[Mapping[str, str]] = None,
    stage_variables: Optional[Mapping[str, str]] = None,
) -> dict[str, Any]:
    """A payload 2.0 event for `method path` (the path as the client sent it) made of `request` (its headers
    in lower case): repeated header and query values joined with commas, the `cookie` headers moved into
    `cookies` (after those given), and maps and lists with nothing in them left out.

    The caller casts the result to its service's TypedDict; the tests check every factory's events against
    that type strictly.
    """
    check_request_line(method, path)
    all_cookies = take_cookies(request.headers, cookies)
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route_key,
        "rawPath": quote(path),
        "rawQueryString": query_string(request.query),
        "headers": joined(request.headers),
        "requestContext": {
            "accountId": account_id,
            "apiId": api_id,
            "domainName": domain,
            "domainPrefix": api_id,
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": request.source_ip,
                "userAgent": find(request.headers, "user-agent") or USER_AGENT,
            },
            "requestId": request_id,
            "routeKey": route_key,
            "stage": stage,
            "time": scene.clf(),
            "timeEpoch": scene.epoch_ms(),
        },
        "isBase64Encoded": request.body.base64,
    }
    if all_cookies:
        event["cookies"] = all_cookies
    if request.query:
        event["queryStringParameters"] = joined(request.query)
    if path_parameters:
        event["pathParameters"] = dict(path_parameters)
    if stage_variables:
        event["stageVariables"] = dict(stage_variables)
    if authorizer is not None:
        event["requestContext"]["authorizer"] = dict(authorizer)
    if request.body.text is not None:
        event["body"] = request.body.text
    return event
