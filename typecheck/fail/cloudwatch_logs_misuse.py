"""Misuses of the CloudWatch Logs types that both checkers must reject."""

from lambda_events import CloudWatchLogsDecodedDataDict, CloudWatchLogsEventDict, CloudWatchLogsLogEventDict


def message_type_is_a_closed_set(data: CloudWatchLogsDecodedDataDict) -> None:
    data["messageType"] = "DATA"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def data_must_be_decoded_first(event: CloudWatchLogsEventDict) -> object:
    return event["awslogs"]["data"]["logEvents"]  # expect-error: mypy[index] pyright[reportArgumentType]


def timestamp_is_milliseconds(log_event: CloudWatchLogsLogEventDict) -> str:
    return log_event["timestamp"].isoformat()  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]
