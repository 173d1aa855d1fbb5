"""Misuses of the API Gateway WebSocket types that both checkers must reject."""

from lambda_events import APIGatewayWebSocketEventDict


def event_type_is_a_closed_set(event: APIGatewayWebSocketEventDict) -> bool:
    event["requestContext"]["eventType"] = "OPEN"  # expect-error
    return True


def connected_at_is_epoch_millis(event: APIGatewayWebSocketEventDict) -> str:
    return event["requestContext"]["connectedAt"].upper()  # expect-error


def no_such_key(event: APIGatewayWebSocketEventDict) -> str:
    return event["requestContext"]["connectionID"]  # expect-error
