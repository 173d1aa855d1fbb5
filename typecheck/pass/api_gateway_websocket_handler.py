"""A WebSocket API handler for `$connect`, `$disconnect` and the message routes."""

from __future__ import annotations

import json

from lambda_events import APIGatewayWebSocketEventDict

CONNECTIONS: dict[str, str] = {}


def handler(event: APIGatewayWebSocketEventDict, context: object) -> dict[str, int]:
    """Remember which room each connection joined and log its messages."""
    request = event["requestContext"]
    if request["eventType"] == "CONNECT":
        room = event.get("queryStringParameters", {}).get("room", "lobby")
        CONNECTIONS[request["connectionId"]] = room
    elif request["eventType"] == "DISCONNECT":
        CONNECTIONS.pop(request["connectionId"], None)
        print("closed", request.get("disconnectStatusCode"), request.get("disconnectReason", ""))
    elif "body" in event and not event["isBase64Encoded"]:
        message = json.loads(event["body"])
        print(CONNECTIONS.get(request["connectionId"]), request.get("messageId"), message)
    return {"statusCode": 200}
