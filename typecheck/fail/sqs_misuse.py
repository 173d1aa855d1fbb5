"""Misuses of the SQS types that both checkers must reject."""

from lambda_events import SQSBatchResponseDict, SQSEventDict, SQSRecordDict


def typo_in_key(record: SQSRecordDict) -> str:
    return record["messageID"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def body_is_not_bytes(record: SQSRecordDict) -> bytes:
    return record["body"]  # expect-error: mypy[return-value] pyright[reportReturnType]


def wrong_event_source(record: SQSRecordDict) -> None:
    record["eventSource"] = "aws:sns"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def response_without_failures() -> SQSBatchResponseDict:
    return {}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def response_with_misspelt_identifier() -> SQSBatchResponseDict:
    return {"batchItemFailures": [{"itemId": "1"}]}  # expect-error: mypy[typeddict-item,typeddict-unknown-key] pyright[reportReturnType]


def records_are_a_list(event: SQSEventDict) -> SQSRecordDict:
    return event["Records"]["0"]  # expect-error: mypy[call-overload,no-any-return] pyright[reportArgumentType,reportCallIssue,reportUnknownVariableType]


def md5_of_attributes_may_be_null(record: SQSRecordDict) -> str:
    return record.get("md5OfMessageAttributes", "").upper()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]
