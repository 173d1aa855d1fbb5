"""Test events of API Gateway WebSocket APIs: connect, message and disconnect routes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, cast

from lambda_events.helpers._arguments import mapping_argument
from lambda_events.testing._http import USER_AGENT, Body, Fields, encode_body, last_values, multi, trace_id
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.api_gateway import api_host

if TYPE_CHECKING:
    from lambda_events.types._authorizer_context import AuthorizerContextT
    from lambda_events.types.api_gateway_websocket import APIGatewayWebSocketEventDict

__all__ = ["api_gateway_websocket_event"]


WebSocketEventType = Literal["CONNECT", "MESSAGE", "DISCONNECT"]
"""The kinds of WebSocket integration event."""


_ROUTE_OF: Mapping[str, str] = {"CONNECT": "$connect", "MESSAGE": "$default", "DISCONNECT": "$disconnect"}


def api_gateway_websocket_event(
    *,
    event_type: WebSocketEventType = "MESSAGE",
    body: Body = '{"action": "sendmessage", "message": "hello"}',
    route_key: Optional[str] = None,
    query: Fields = None,
    connection_id: Optional[str] = None,
    authorizer: Optional[AuthorizerContextT] = None,
    stage: str = "prod",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> APIGatewayWebSocketEventDict[AuthorizerContextT]:
    """A WebSocket API integration event: a client connecting (with the handshake's headers and `query`),
    sending a message (`body`; bytes make a binary frame) or disconnecting. `route_key` defaults to
    `$connect`, `$default` or `$disconnect`.

    `authorizer`, a mapping, is copied into `requestContext.authorizer`, as on every event of a connection
    whose `$connect` route has a Lambda authorizer (its `principalId`, `integrationLatency` and `context`
    keys), and its type parameterises the event's. Without it the key is absent and the type is the bare
    `APIGatewayWebSocketEventDict`. Anything but a mapping or `None` raises `TypeError`.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    api_id = scene.lower_id(10)
    host = api_host(scene, api_id)
    source_ip = scene.ip()
    request_id = scene.base64(10)
    event: APIGatewayWebSocketEventDict[AuthorizerContextT] = {
        "requestContext": {
            "apiId": api_id,
            "connectedAt": scene.epoch_ms(-60_000 if event_type != "CONNECT" else 0),
            "connectionId": connection_id or scene.base64(10),
            "domainName": host,
            "eventType": event_type,
            "extendedRequestId": request_id,
            "identity": {"sourceIp": source_ip},
            "messageDirection": "IN",
            "requestId": request_id,
            "requestTime": scene.clf(),
            "requestTimeEpoch": scene.epoch_ms(),
            "routeKey": route_key or _ROUTE_OF[event_type],
            "stage": stage,
        },
        "isBase64Encoded": False,
    }
    context = event["requestContext"]
    if authorizer is not None:
        context["authorizer"] = cast("AuthorizerContextT", dict(mapping_argument(authorizer, "authorizer")))
    if event_type == "CONNECT":
        handshake = {
            "Host": [host],
            "Sec-WebSocket-Extensions": ["permessage-deflate; client_max_window_bits"],
            "Sec-WebSocket-Key": [scene.base64(16)],
            "Sec-WebSocket-Version": ["13"],
            "X-Amzn-Trace-Id": [trace_id(scene)],
            "X-Forwarded-For": [source_ip],
            "X-Forwarded-Port": ["443"],
            "X-Forwarded-Proto": ["https"],
        }
        event["headers"] = last_values(handshake)
        event["multiValueHeaders"] = handshake
        context["identity"]["userAgent"] = USER_AGENT
        all_query = multi(query)
        if all_query:
            event["queryStringParameters"] = last_values(all_query)
            event["multiValueQueryStringParameters"] = all_query
    elif event_type == "DISCONNECT":
        closing = {"Host": [host], "x-api-key": [""], "X-Forwarded-For": [""], "x-restapi": [""]}
        event["headers"] = last_values(closing)
        event["multiValueHeaders"] = closing
        context["disconnectStatusCode"] = 1000
        context["disconnectReason"] = ""
    else:
        encoded = encode_body(body)
        context["messageId"] = scene.base64(10)
        event["body"] = encoded.text or ""
        event["isBase64Encoded"] = encoded.base64
    return event
