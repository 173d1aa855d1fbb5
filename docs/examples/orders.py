"""orders.py: a Lambda function that takes orders from an SQS queue (the Getting started page)."""

from __future__ import annotations

from lambda_events import (
    EventDecodeError,
    LambdaContext,
    SQSBatchResponseDict,
    SQSEventDict,
    decode_sqs_json,
    sqs_batch_response,
)


def handler(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    """Accept each order; a message that is not a JSON object with an `id` returns to the queue."""
    failed: list[str] = []
    for record in event["Records"]:
        try:
            order = decode_sqs_json(record)
        except EventDecodeError:
            failed.append(record["messageId"])
            continue
        if not isinstance(order, dict) or "id" not in order:
            failed.append(record["messageId"])
            continue
        print(f"order {order['id']} from {record['eventSourceARN']}")
    return sqs_batch_response(failed)
