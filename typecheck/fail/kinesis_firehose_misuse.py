"""Misuses of the Firehose types that both checkers must reject."""

from lambda_events import KinesisFirehoseRecordDict, KinesisFirehoseTransformationRecordDict


def result_is_a_closed_set(record: KinesisFirehoseRecordDict) -> KinesisFirehoseTransformationRecordDict:
    return {"recordId": record["recordId"], "result": "OK", "data": record["data"]}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def data_is_required(record: KinesisFirehoseRecordDict) -> KinesisFirehoseTransformationRecordDict:
    return {"recordId": record["recordId"], "result": "Dropped"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def partition_keys_are_text(record: KinesisFirehoseRecordDict) -> KinesisFirehoseTransformationRecordDict:
    return {"recordId": "1", "result": "Ok", "data": "", "metadata": {"partitionKeys": {"year": 2024}}}  # expect-error: mypy[dict-item] pyright[reportReturnType]


def arrival_is_milliseconds_as_int(record: KinesisFirehoseRecordDict) -> str:
    return record["approximateArrivalTimestamp"].strip()  # expect-error: mypy[attr-defined,no-any-return] pyright[reportAttributeAccessIssue,reportUnknownMemberType,reportUnknownVariableType]
