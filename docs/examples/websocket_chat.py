"""A WebSocket API's routes ($connect, $disconnect
and a custom `chat` route) served by one function."""

from __future__ import annotations

import json

from lambda_events import APIGatewayWebSocketEventDict, LambdaContext, get_query_parameter

ROOMS: dict[str, str] = {}
"""Which room each open connection joined (a real function would keep this in DynamoDB)."""


def handler(event: APIGatewayWebSocketEventDict, context: LambdaContext) -> dict[str, int | str]:
    """Join a room on connect, leave it on disconnect, and echo chat messages with their room."""
    request = event["requestContext"]
    connection = request["connectionId"]
    if request["eventType"] == "CONNECT":
        ROOMS[connection] = get_query_parameter(event, "room", "lobby")
        return {"statusCode": 200}
    if request["eventType"] == "DISCONNECT":
        ROOMS.pop(connection, None)
        return {"statusCode": 200}
    message = json.loads(event.get("body", "{}"))
    # What a route's integration returns goes back to the client when the route has a route
    # response.
    return {
        "statusCode": 200,
        "body": f"[{ROOMS.get(connection, 'lobby')}] {message.get('message', '')}",
    }
