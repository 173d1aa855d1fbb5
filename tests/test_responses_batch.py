"""Partial batch responses for SQS, Kinesis and DynamoDB streams, from ids and from records."""

from __future__ import annotations

from typing import Any

import pytest

from lambda_events import (
    DynamoDBStreamBatchResponseDict,
    EventDecodeError,
    KinesisStreamBatchResponseDict,
    SQSBatchResponseDict,
    dynamodb_batch_response,
    dynamodb_batch_response_from_records,
    find_event_problems,
    kinesis_batch_response,
    kinesis_batch_response_from_records,
    sqs_batch_response,
    sqs_batch_response_from_records,
)
from tests.fixture_catalog import fixture_named


def records_of(name: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = fixture_named(name).event()["Records"]
    return records


def test_sqs_from_ids() -> None:
    response = sqs_batch_response(["b", "a", "b"])
    assert find_event_problems(response, SQSBatchResponseDict) == []
    assert response == {"batchItemFailures": [{"itemIdentifier": "b"}, {"itemIdentifier": "a"}]}


def test_sqs_from_records_uses_the_message_ids() -> None:
    records = records_of("sqsEvent.json")
    response = sqs_batch_response_from_records(records[::-1])
    assert find_event_problems(response, SQSBatchResponseDict) == []
    assert response == {"batchItemFailures": [{"itemIdentifier": record["messageId"]} for record in records[::-1]]}


def test_kinesis_from_ids_and_from_records_use_the_sequence_numbers() -> None:
    records = records_of("kinesisStreamEvent.json")
    numbers = [record["kinesis"]["sequenceNumber"] for record in records]
    for response in (kinesis_batch_response(numbers), kinesis_batch_response_from_records(records)):
        assert find_event_problems(response, KinesisStreamBatchResponseDict) == []
        assert response == {"batchItemFailures": [{"itemIdentifier": number} for number in numbers]}


def test_dynamodb_from_ids_and_from_records_use_the_sequence_numbers() -> None:
    records = records_of("dynamoStreamEvent.json")
    numbers = [record["dynamodb"]["SequenceNumber"] for record in records]
    assert len(numbers) > 1
    for response in (dynamodb_batch_response(numbers), dynamodb_batch_response_from_records(records)):
        assert find_event_problems(response, DynamoDBStreamBatchResponseDict) == []
        assert response == {"batchItemFailures": [{"itemIdentifier": number} for number in numbers]}


def test_no_failure_is_an_empty_list() -> None:
    assert sqs_batch_response([]) == {"batchItemFailures": []}
    assert kinesis_batch_response_from_records([]) == {"batchItemFailures": []}
    assert dynamodb_batch_response(iter(())) == {"batchItemFailures": []}


def test_a_record_without_its_identifier_is_named() -> None:
    records = records_of("kinesisStreamEvent.json")
    broken = [records[0], {**records[1], "kinesis": {"data": "e30="}}]
    with pytest.raises(EventDecodeError, match=r"^failed_records\[1\]\.kinesis\.sequenceNumber: missing$"):
        kinesis_batch_response_from_records(broken)
    with pytest.raises(EventDecodeError, match=r"^failed_records\[0\]\.messageId: expected str, got int$"):
        sqs_batch_response_from_records([{"messageId": 7}])
    with pytest.raises(EventDecodeError, match=r"^failed_records\[0\]\.dynamodb\.SequenceNumber: missing$"):
        dynamodb_batch_response_from_records([{"dynamodb": None}])
