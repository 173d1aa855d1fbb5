"""Misuses of the API Gateway WebSocket types that both checkers must reject."""

from lambda_events import APIGatewayWebSocketEventDict


def event_type_is_a_closed_set(event: APIGatewayWebSocketEventDict) -> bool:
    event["requestContext"]["eventType"] = "OPEN"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
    return True


def connected_at_is_epoch_millis(event: APIGatewayWebSocketEventDict) -> str:
    return event["requestContext"]["connectedAt"].upper()  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]


def no_such_key(event: APIGatewayWebSocketEventDict) -> str:
    return event["requestContext"]["connectionID"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
