"""Misuses of the EventBridge types that both checkers must reject."""

from typing import TypedDict

from lambda_events import EventBridgeEventDict


class OrderDict(TypedDict):
    order_id: str


def detail_is_typed(event: EventBridgeEventDict[OrderDict]) -> int:
    return event["detail"]["order_id"]  # expect-error: mypy[return-value] pyright[reportReturnType]


def detail_keys_are_checked(event: EventBridgeEventDict[OrderDict]) -> str:
    return event["detail"]["orderId"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def detail_type_is_hyphenated(event: EventBridgeEventDict) -> str:
    return event["detail_type"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def resources_are_strings(event: EventBridgeEventDict) -> int:
    return event["resources"][0]  # expect-error: mypy[return-value] pyright[reportReturnType]
