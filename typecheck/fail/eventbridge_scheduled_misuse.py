"""Misuses of the EventBridge scheduled event type that both checkers must reject."""

from lambda_events import ScheduledEventDict


def scheduled_events_carry_no_detail(event: ScheduledEventDict) -> object:
    return event["detail"]["schedule"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def detail_type_is_hyphenated(event: ScheduledEventDict) -> str:
    return event["detailType"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
