"""Misuses of the Kinesis types that both checkers must reject."""

from lambda_events import KinesisStreamBatchResponseDict, KinesisStreamRecordDict, KinesisStreamTimeWindowEventDict


def typo_in_payload_key(record: KinesisStreamRecordDict) -> str:
    return record["kinesis"]["Data"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def arrival_is_a_number(record: KinesisStreamRecordDict) -> str:
    return record["kinesis"]["approximateArrivalTimestamp"] + "s"  # expect-error: mypy[operator,return-value] pyright[reportOperatorIssue,reportUnknownVariableType]


def event_source_is_fixed(record: KinesisStreamRecordDict) -> None:
    record["eventSource"] = "aws:sqs"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def failure_identifier_is_the_sequence_number_text() -> KinesisStreamBatchResponseDict:
    return {"batchItemFailures": [{"itemIdentifier": 49590338271490256608559692538361571095921575989136588898}]}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def final_flag_is_a_bool(event: KinesisStreamTimeWindowEventDict) -> str:
    return event["isFinalInvokeForWindow"].lower()  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]
