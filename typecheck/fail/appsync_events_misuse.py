"""Misuses of the AppSync Events types that both checkers must reject."""

from lambda_events import AppSyncEventsEventDict, AppSyncEventsResponseDict


def subscribe_events_are_null(event: AppSyncEventsEventDict) -> int:
    return len(event["events"])  # expect-error


def operation_is_a_closed_set(event: AppSyncEventsEventDict) -> None:
    event["info"]["operation"] = "UNSUBSCRIBE"  # expect-error


def response_key_is_events() -> AppSyncEventsResponseDict:
    return {"event": []}  # expect-error


def outgoing_events_need_their_id() -> AppSyncEventsResponseDict:
    return {"events": [{"payload": {"text": "hi"}}]}  # expect-error
