"""Partial batch responses for SQS queues and Kinesis and DynamoDB streams.

A partial batch response tells Lambda which records of a batch failed, so that only those are retried. It
takes effect only when the event source mapping lists `ReportBatchItemFailures` in its
`FunctionResponseTypes`; otherwise Lambda ignores it and judges the batch by whether the handler raised.
An empty list of failures means the whole batch succeeded.

The identifier of a failed record differs per source: the `messageId` for SQS, the sequence number for the
two streams. For Kinesis and DynamoDB streams, which are ordered per shard, Lambda takes the LOWEST sequence
number in the list as its checkpoint and retries that record and every record after it in the shard, so
listing a later record as well changes nothing, and listing nothing after a real failure loses it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Union

from lambda_events.helpers._arguments import strings_argument
from lambda_events.helpers._builders import item_identifiers

if TYPE_CHECKING:
    from lambda_events.types.dynamodb import DynamoDBStreamBatchResponseDict, DynamoDBStreamRecordDict
    from lambda_events.types.kinesis import KinesisStreamBatchResponseDict, KinesisStreamRecordDict
    from lambda_events.types.sqs import SQSBatchItemFailureDict, SQSBatchResponseDict, SQSRecordDict

    # The three sources' failure entries have the same one key.
    _Failure = SQSBatchItemFailureDict

__all__ = [
    "dynamodb_batch_response",
    "dynamodb_batch_response_from_records",
    "kinesis_batch_response",
    "kinesis_batch_response_from_records",
    "sqs_batch_response",
    "sqs_batch_response_from_records",
]


def sqs_batch_response(failed_message_ids: Iterable[str]) -> SQSBatchResponseDict:
    """The response that makes Lambda return only the listed SQS messages to the queue.

    >>> sqs_batch_response(["059f36b4-87a3-44ab-83d2-661975830a7d"])
    {'batchItemFailures': [{'itemIdentifier': '059f36b4-87a3-44ab-83d2-661975830a7d'}]}

    Each id is a record's `messageId`; a repeated id is listed once. Every message not listed is deleted.
    Raises `TypeError` when `failed_message_ids` is a single string (not a list of one) or holds a non-string.
    """
    return {"batchItemFailures": _failures(failed_message_ids, "failed_message_ids")}


def kinesis_batch_response(failed_sequence_numbers: Iterable[str]) -> KinesisStreamBatchResponseDict:
    """The response that makes Lambda retry a Kinesis shard from the lowest listed sequence number.

    Each identifier is a record's `kinesis.sequenceNumber`; a repeated one is listed once. Lambda
    checkpoints at the lowest of them and retries that record and all the records after it in the shard.
    Raises `TypeError` when `failed_sequence_numbers` is a single string or holds a non-string.
    """
    return {"batchItemFailures": _failures(failed_sequence_numbers, "failed_sequence_numbers")}


def dynamodb_batch_response(failed_sequence_numbers: Iterable[str]) -> DynamoDBStreamBatchResponseDict:
    """The response that makes Lambda retry a DynamoDB stream shard from the lowest listed sequence number.

    Each identifier is a record's `dynamodb.SequenceNumber`; a repeated one is listed once. Lambda
    checkpoints at the lowest of them and retries that record and all the records after it in the shard.
    Raises `TypeError` when `failed_sequence_numbers` is a single string or holds a non-string.
    """
    return {"batchItemFailures": _failures(failed_sequence_numbers, "failed_sequence_numbers")}


def sqs_batch_response_from_records(
    failed_records: Iterable[Union[SQSRecordDict, Mapping[str, Any]]],
) -> SQSBatchResponseDict:
    """`sqs_batch_response` for the given failed records, identified by their `messageId`.

    Raises `EventDecodeError` naming the record when one has no string `messageId`, `TypeError` when
    `failed_records` is not an iterable such as a list.
    """
    return sqs_batch_response(item_identifiers(failed_records, "failed_records", ("messageId",)))


def kinesis_batch_response_from_records(
    failed_records: Iterable[Union[KinesisStreamRecordDict, Mapping[str, Any]]],
) -> KinesisStreamBatchResponseDict:
    """`kinesis_batch_response` for the given failed records, identified by `kinesis.sequenceNumber`.

    Raises `EventDecodeError` naming the record when one has no string `kinesis.sequenceNumber`, `TypeError`
    when `failed_records` is not an iterable such as a list.
    """
    return kinesis_batch_response(item_identifiers(failed_records, "failed_records", ("kinesis", "sequenceNumber")))


def dynamodb_batch_response_from_records(
    failed_records: Iterable[Union[DynamoDBStreamRecordDict, Mapping[str, Any]]],
) -> DynamoDBStreamBatchResponseDict:
    """`dynamodb_batch_response` for the given failed records, identified by `dynamodb.SequenceNumber`.

    Raises `EventDecodeError` naming the record when one has no string `dynamodb.SequenceNumber`, `TypeError`
    when `failed_records` is not an iterable such as a list.
    """
    return dynamodb_batch_response(item_identifiers(failed_records, "failed_records", ("dynamodb", "SequenceNumber")))


def _failures(identifiers: Iterable[str], name: str) -> list[_Failure]:
    """One failure per identifier, in their first order, each once (`TypeError` unless strings: see
    `strings_argument`)."""
    return [{"itemIdentifier": item} for item in dict.fromkeys(strings_argument(identifiers, name))]
