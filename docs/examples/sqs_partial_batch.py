"""An SQS consumer that reports only the messages it could not handle, so only they are retried."""

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
    """Decode each order; a message whose body is not a JSON object goes back to the queue."""
    failed: list[str] = []
    for record in event["Records"]:
        try:
            order = decode_sqs_json(record, as_json=True)  # a JSONValue: narrowed below
        except EventDecodeError as error:
            # e.g. "body: invalid JSON: Expecting value ..."
            print(f"{record['messageId']}: {error}")
            failed.append(record["messageId"])
            continue
        if not isinstance(order, dict):
            failed.append(record["messageId"])
            continue
        receive_count = int(record["attributes"]["ApproximateReceiveCount"])
        print(f"order from {record['eventSourceARN']} (attempt {receive_count}): {order}")
    return sqs_batch_response(failed)
