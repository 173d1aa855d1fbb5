"""A CloudWatch Logs subscription filter target that forwards error lines."""

from __future__ import annotations

from lambda_events import CloudWatchLogsEventDict, LambdaContext, decode_cloudwatch_logs


def handler(event: CloudWatchLogsEventDict, context: LambdaContext) -> list[str]:
    """Decode the batch (base64, then gzip, then JSON) and keep the lines that report an error."""
    # bounded decompression: a gzip bomb raises EventDecodeError
    logs = decode_cloudwatch_logs(event)
    if logs["messageType"] == "CONTROL_MESSAGE":
        # CloudWatch Logs checks that the destination is reachable; it carries no log event
        return []
    return [
        f"{logs['logGroup']}/{logs['logStream']} @{log_event['timestamp']}: {log_event['message']}"
        for log_event in logs["logEvents"]
        if "ERROR" in log_event["message"]
    ]
