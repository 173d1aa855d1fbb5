"""An SNS subscriber that reads JSON messages or plain text, as a message attribute says."""

from __future__ import annotations

from lambda_events import LambdaContext, SNSEventDict, SNSRecordDict, decode_sns_json


def message_text(record: SNSRecordDict) -> str:
    """The message as text: a JSON message (attribute
    `format` = `json`) is summarised by its keys."""
    message = record["Sns"]
    content_format = message["MessageAttributes"].get("format")
    if content_format is not None and content_format["Value"] == "json":
        document = decode_sns_json(record)
        return f"JSON with keys {sorted(document)}"
    return message["Message"]


def handler(event: SNSEventDict, context: LambdaContext) -> list[str]:
    """One line per notification: the topic's name,
    the subject when there is one, and the message."""
    lines: list[str] = []
    for record in event["Records"]:
        message = record["Sns"]
        topic = message["TopicArn"].rsplit(":", 1)[-1]
        subject = message["Subject"]  # Optional[str]: SNS sends null when the publisher gave none
        title = f"{topic} / {subject}" if subject is not None else topic
        lines.append(f"{title}: {message_text(record)}")
    return lines
