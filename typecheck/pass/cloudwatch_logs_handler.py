"""A CloudWatch Logs subscription consumer that forwards error lines."""

from __future__ import annotations

import base64
import gzip
import json
from typing import cast

from lambda_events import CloudWatchLogsDecodedDataDict, CloudWatchLogsEventDict


def forward(log_group: str, timestamp: int, message: str) -> None:
    """Pretend to forward a log line."""


def handler(event: CloudWatchLogsEventDict, context: object) -> None:
    """Decode the subscription data and forward lines that contain ERROR; ignore control messages."""
    document = json.loads(gzip.decompress(base64.b64decode(event["awslogs"]["data"])))
    data = cast(CloudWatchLogsDecodedDataDict, document)
    if data["messageType"] == "CONTROL_MESSAGE":
        return
    for log_event in data["logEvents"]:
        fields = log_event.get("extractedFields", {})
        if "ERROR" in log_event["message"] or fields.get("level") == "ERROR":
            forward(data["logGroup"], log_event["timestamp"], log_event["message"])
