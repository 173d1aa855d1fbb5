"""A DynamoDB Streams consumer that mirrors a table's changes into a search index."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    DynamoDBStreamBatchResponseDict,
    DynamoDBStreamEventDict,
    DynamoDBStreamRecordDict,
    EventDecodeError,
    LambdaContext,
    deserialize_dynamodb_image,
    dynamodb_batch_response,
    dynamodb_batch_response_from_records,
)


def index_operation(record: DynamoDBStreamRecordDict) -> tuple[str, dict[str, Any]]:
    """`("upsert", item)` for an insertion or a modification, `("delete", key)` for a removal.

    Values come back as Python values: numbers as exact
    `Decimal`s, binaries as `bytes`, sets as sets."""
    if record["eventName"] == "REMOVE":
        return "delete", deserialize_dynamodb_image(record["dynamodb"]["Keys"])
    # Narrowed to INSERT or MODIFY: NewImage is there when the stream's view type includes new
    # images.
    change = record["dynamodb"]
    return "upsert", deserialize_dynamodb_image(change.get("NewImage", change["Keys"]))


def handler(
    event: DynamoDBStreamEventDict, context: LambdaContext
) -> DynamoDBStreamBatchResponseDict:
    """Apply the changes in order; at the first one that
    cannot be decoded, stop and have it retried."""
    for record in event["Records"]:
        try:
            operation, document = index_operation(record)
        except EventDecodeError as error:
            print(f"{record['eventID']}: {error}")  # e.g. "price: N: not a number: 'abc'"
            return dynamodb_batch_response_from_records([record])
        print(operation, document)
    return dynamodb_batch_response([])
