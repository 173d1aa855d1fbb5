"""Powertools' `ses_event.py`: return the last received mail and its common headers.

Differences:
- Like Powertools' example, the return reads the loop's last values, which an empty event would not
  have: the `pyright: ignore[reportPossiblyUnboundVariable]` comments say so (SES never sends an empty event).
  (Powertools' example returns its wrapper objects, which the Lambda runtime cannot write as JSON; here
  they are the event's own dicts.)
"""

from __future__ import annotations

from typing import Any

from lambda_events import LambdaContext, SESEventDict


def lambda_handler(event: SESEventDict, context: LambdaContext) -> dict[str, Any]:
    """The last record's mail and common headers."""
    for record in event["Records"]:
        mail = record["ses"]["mail"]
        common_headers = mail["commonHeaders"]
    return {
        "mail": mail,  # pyright: ignore[reportPossiblyUnboundVariable]
        "common_headers": common_headers,  # pyright: ignore[reportPossiblyUnboundVariable]
    }
