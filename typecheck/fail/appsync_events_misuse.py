"""Misuses of the AppSync Events types that both checkers must reject."""

from lambda_events import AppSyncEventsEventDict, AppSyncEventsResponseDict


def subscribe_events_are_null(event: AppSyncEventsEventDict) -> int:
    return len(event["events"])  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def operation_is_a_closed_set(event: AppSyncEventsEventDict) -> None:
    event["info"]["operation"] = "UNSUBSCRIBE"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def response_key_is_events() -> AppSyncEventsResponseDict:
    return {"event": []}  # expect-error: mypy[typeddict-unknown-key] pyright[reportReturnType]


def outgoing_events_need_their_id() -> AppSyncEventsResponseDict:
    return {"events": [{"payload": {"text": "hi"}}]}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
