"""Powertools' `cloudwatch_logs.py`: a CloudWatch Logs subscription that logs each log event it receives.

Differences:
- `event.parse_logs_data()` is `decode_cloudwatch_logs(event)`.
- Powertools' `Logger` is the standard library's `logging`.
"""

from __future__ import annotations

import logging
from typing import Any

from lambda_events import (
    CloudWatchLogsDecodedDataDict,
    CloudWatchLogsEventDict,
    LambdaContext,
    decode_cloudwatch_logs,
)

logger = logging.getLogger(__name__)


def lambda_handler(event: CloudWatchLogsEventDict, context: LambdaContext) -> dict[str, Any]:
    """Log the group, the stream and every log event; answer how many there were."""
    decompressed_log: CloudWatchLogsDecodedDataDict = decode_cloudwatch_logs(event)

    logger.info(f"Log group: {decompressed_log['logGroup']}")
    logger.info(f"Log stream: {decompressed_log['logStream']}")

    for log_event in decompressed_log["logEvents"]:
        logger.info(f"Timestamp: {log_event['timestamp']}, Message: {log_event['message']}")

    return {"statusCode": 200, "body": f"Processed {len(decompressed_log['logEvents'])} log events"}
