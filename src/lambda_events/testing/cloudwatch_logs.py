"""Test events of CloudWatch Logs subscription filters: really gzipped, base64-encoded documents."""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, b64, json_text

if TYPE_CHECKING:
    from lambda_events.types.cloudwatch_logs import CloudWatchLogsDecodedDataDict, CloudWatchLogsEventDict

__all__ = ["cloudwatch_logs_data", "cloudwatch_logs_event"]


def _compressed_logs(
    scene: Scenario, messages: Sequence[str], log_group: str, log_stream: Optional[str], filter_name: str
) -> bytes:
    """The gzip-compressed JSON document of a subscription delivery, one log event per message."""
    first_id = int(scene.digits(56))
    document: CloudWatchLogsDecodedDataDict = {
        "messageType": "DATA_MESSAGE",
        "owner": scene.account,
        "logGroup": log_group,
        "logStream": log_stream or f"{scene.now.strftime('%Y/%m/%d')}/[$LATEST]{scene.hex(32)}",
        "subscriptionFilters": [filter_name],
        "logEvents": [
            {"id": str(first_id + index), "timestamp": scene.epoch_ms(index - 2000), "message": message}
            for index, message in enumerate(messages)
        ],
    }
    return gzip.compress(json_text(document).encode("utf-8"), mtime=0)


def cloudwatch_logs_data(
    *,
    messages: Sequence[str] = ("Hello from CloudWatch Logs!",),
    log_group: str = "/aws/lambda/example-function",
    log_stream: Optional[str] = None,
    filter_name: str = "all-events",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> bytes:
    """The gzip-compressed document a CloudWatch Logs subscription writes (one log event per message): pass it
    to `kinesis_event(data=[...])` or `kinesis_firehose_event(data=[...])` to test a subscription to those streams."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return _compressed_logs(scene, messages, log_group, log_stream, filter_name)


def cloudwatch_logs_event(
    *,
    messages: Sequence[str] = ("Hello from CloudWatch Logs!",),
    log_group: str = "/aws/lambda/example-function",
    log_stream: Optional[str] = None,
    filter_name: str = "all-events",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudWatchLogsEventDict:
    """A CloudWatch Logs subscription event with one log event per message, really gzip-compressed and
    base64-encoded (`decode_cloudwatch_logs` gives the messages back)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {"awslogs": {"data": b64(_compressed_logs(scene, messages, log_group, log_stream, filter_name))}}
