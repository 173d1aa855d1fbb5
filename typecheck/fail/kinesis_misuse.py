"""Misuses of the Kinesis types that both checkers must reject."""

from lambda_events import KinesisStreamBatchResponseDict, KinesisStreamRecordDict, KinesisStreamTimeWindowEventDict


def typo_in_payload_key(record: KinesisStreamRecordDict) -> str:
    return record["kinesis"]["Data"]  # expect-error


def arrival_is_a_number(record: KinesisStreamRecordDict) -> str:
    return record["kinesis"]["approximateArrivalTimestamp"] + "s"  # expect-error


def event_source_is_fixed(record: KinesisStreamRecordDict) -> None:
    record["eventSource"] = "aws:sqs"  # expect-error


def failure_identifier_is_the_sequence_number_text() -> KinesisStreamBatchResponseDict:
    return {"batchItemFailures": [{"itemIdentifier": 49590338271490256608559692538361571095921575989136588898}]}  # expect-error


def final_flag_is_a_bool(event: KinesisStreamTimeWindowEventDict) -> str:
    return event["isFinalInvokeForWindow"].lower()  # expect-error
