"""Powertools' `kinesis_batch_example.py`: decode the CloudWatch Logs data of each Kinesis record,
reporting the records that fail as partial batch failures.

Differences:
- `extract_cloudwatch_logs_from_record` is `extract_cloudwatch_logs_from_kinesis_record`.
- Powertools' batch utility (`BatchProcessor`, `process_partial_response`), which is not part of the data
  classes, is the loop it runs: call `record_handler` on each record, and list the sequence number of each
  record whose handler raised in `kinesis_batch_response`.
- Powertools' `Logger` is the standard library's `logging`.
"""

from __future__ import annotations

import logging

from lambda_events import (
    KinesisStreamBatchResponseDict,
    KinesisStreamEventDict,
    KinesisStreamRecordDict,
    LambdaContext,
    extract_cloudwatch_logs_from_kinesis_record,
    kinesis_batch_response,
)

logger = logging.getLogger(__name__)


def record_handler(record: KinesisStreamRecordDict) -> bool:
    """Decode one record's log data; whether it carries log events."""
    log = extract_cloudwatch_logs_from_kinesis_record(record)
    logger.info(f"Message type: {log['messageType']}")
    return log["messageType"] == "DATA_MESSAGE"


def lambda_handler(event: KinesisStreamEventDict, context: LambdaContext) -> KinesisStreamBatchResponseDict:
    """Handle every record; report those that failed."""
    failed: list[str] = []
    for record in event["Records"]:
        try:
            record_handler(record)
        except Exception:
            logger.exception("record %s failed", record["kinesis"]["sequenceNumber"])
            failed.append(record["kinesis"]["sequenceNumber"])
    return kinesis_batch_response(failed)
