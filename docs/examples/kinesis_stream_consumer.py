"""A Kinesis Data Streams consumer that stops at the first record it cannot read and reports it."""

from __future__ import annotations

from lambda_events import (
    EventDecodeError,
    KinesisStreamBatchResponseDict,
    KinesisStreamEventDict,
    LambdaContext,
    decode_kinesis_text,
    kinesis_batch_response,
    kinesis_batch_response_from_records,
)


def handler(
    event: KinesisStreamEventDict, context: LambdaContext
) -> KinesisStreamBatchResponseDict:
    """Count the words of each record per partition key.

    Records of a shard are ordered: Lambda retries from the lowest
    sequence number reported, so the handler stops at the first bad
    record and reports only it (everything after it is retried too)."""
    words: dict[str, int] = {}
    for record in event["Records"]:
        try:
            text = decode_kinesis_text(record)
        except EventDecodeError as error:
            print(f"{record['eventID']}: {error}")  # e.g. "kinesis.data: invalid base64"
            return kinesis_batch_response_from_records([record])
        key = record["kinesis"]["partitionKey"]
        words[key] = words.get(key, 0) + len(text.split())
    print(f"words per partition key: {words}")
    return kinesis_batch_response([])
