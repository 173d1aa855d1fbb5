"""Powertools' `kinesis_streams.py`: read each Kinesis record as JSON, or as text when it is not JSON.

Differences:
- `kinesis_record.data_as_json()` and `data_as_text()` are `decode_kinesis_json(record)` and
  `decode_kinesis_text(record)` (they take the record); the first raises `EventDecodeError` (a `ValueError`
  naming the record) where Powertools raises `json.JSONDecodeError`.
- Powertools' `Logger` is the standard library's `logging`.
"""

from __future__ import annotations

import logging
from typing import Any, Union

from lambda_events import (
    EventDecodeError,
    KinesisStreamEventDict,
    LambdaContext,
    decode_kinesis_json,
    decode_kinesis_text,
)

logger = logging.getLogger(__name__)


def lambda_handler(event: KinesisStreamEventDict, context: LambdaContext) -> dict[str, Any]:
    """Process every record's data."""
    for record in event["Records"]:
        payload: Union[dict[str, Any], str]

        try:
            payload = decode_kinesis_json(record)
            logger.info("Received JSON data from Kinesis")
        except EventDecodeError:
            payload = decode_kinesis_text(record)
            logger.info("Received text data from Kinesis")

        process_data(payload)

    return {"statusCode": 200, "body": "Processed all records successfully"}


def process_data(data: Union[dict[str, Any], str]) -> None:
    """Log the data, saying whether it was JSON."""
    if isinstance(data, dict):
        logger.info(f"Processing JSON data: {data}")
    else:
        logger.info(f"Processing text data: {data}")
