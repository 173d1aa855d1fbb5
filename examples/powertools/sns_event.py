"""Powertools' `sns_event.py`: return the last SNS message and its subject.

Differences:
- Like Powertools' example, the return reads the loop's last values, which an empty event would not
  have: the `pyright: ignore[reportPossiblyUnboundVariable]` comments say so (SNS never sends an empty event).
"""

from __future__ import annotations

from typing import Optional

from lambda_events import LambdaContext, SNSEventDict


def lambda_handler(event: SNSEventDict, context: LambdaContext) -> dict[str, Optional[str]]:
    """The last record's message and subject (`None` when the publisher gave none)."""
    for record in event["Records"]:
        message = record["Sns"]["Message"]
        subject = record["Sns"]["Subject"]
    return {
        "message": message,  # pyright: ignore[reportPossiblyUnboundVariable]
        "subject": subject,  # pyright: ignore[reportPossiblyUnboundVariable]
    }
