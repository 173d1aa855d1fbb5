"""Misuses of the S3 EventBridge types that both checkers must reject."""

from lambda_events import S3EventBridgeNotificationEventDict


def keys_are_hyphenated(event: S3EventBridgeNotificationEventDict) -> str:
    return event["detail"]["request_id"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def size_is_an_int(event: S3EventBridgeNotificationEventDict) -> str:
    return event["detail"]["object"].get("size", 0) + " bytes"  # expect-error: mypy[operator,return-value] pyright[reportOperatorIssue,reportUnknownVariableType]


def deletion_type_is_a_closed_set(event: S3EventBridgeNotificationEventDict) -> None:
    event["detail"]["deletion-type"] = "Deleted"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
