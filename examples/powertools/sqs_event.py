"""Powertools' `sqs_event.py`: return the last SQS message's body and id.

Differences:
- Like Powertools' example, the return reads the loop's last values, which an empty event would not
  have: the `pyright: ignore[reportPossiblyUnboundVariable]` comments say so (SQS never sends an empty batch).
"""

from __future__ import annotations

from lambda_events import LambdaContext, SQSEventDict, SQSRecordDict


def lambda_handler(event: SQSEventDict, context: LambdaContext) -> dict[str, str]:
    """The last record's body and message id."""
    for record in event["Records"]:
        message, message_id = process_record(record)
    return {
        "message": message,  # pyright: ignore[reportPossiblyUnboundVariable]
        "message_id": message_id,  # pyright: ignore[reportPossiblyUnboundVariable]
    }


def process_record(record: SQSRecordDict) -> tuple[str, str]:
    """A record's body and message id."""
    message = record["body"]
    message_id = record["messageId"]
    return message, message_id
