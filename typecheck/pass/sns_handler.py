"""An SNS subscriber that routes on a message attribute."""

from __future__ import annotations

import json

from lambda_events import SNSEventDict, SNSMessageDict


def route(message: SNSMessageDict) -> str:
    """Pick a destination from the `channel` attribute, falling back to the subject."""
    channel = message["MessageAttributes"].get("channel")
    if channel is not None and channel["Type"] == "String":
        return channel["Value"]
    subject = message["Subject"]
    return subject.lower() if subject is not None else "default"


def handler(event: SNSEventDict, context: object) -> None:
    """Print where each notification goes and what it says."""
    for record in event["Records"]:
        message = record["Sns"]
        body: object = json.loads(message["Message"])
        print(route(message), message["TopicArn"], message["Timestamp"], body)
