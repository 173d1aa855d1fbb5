"""A handler typed by its alias, that uses the context to stop before the function times out."""

from __future__ import annotations

from lambda_events import (
    LambdaContext,
    SQSBatchResponseDict,
    SQSEventDict,
    SQSHandler,
    sqs_batch_response,
)

SAFETY_MARGIN_MS = 10_000
"""Stop taking messages when less time than this is left."""


def process(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    """Handle messages while time remains; return the rest as failures so that they come back."""
    unprocessed: list[str] = []
    for record in event["Records"]:
        if context.get_remaining_time_in_millis() < SAFETY_MARGIN_MS:
            unprocessed.append(record["messageId"])
            continue
        print(f"{context.aws_request_id}: {record['body']}")
    return sqs_batch_response(unprocessed)


handler: SQSHandler = process
"""The alias fixes the event, context and response
types: a mismatch in `process` is a type error here."""
