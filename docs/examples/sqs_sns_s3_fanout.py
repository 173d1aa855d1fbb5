"""A queue that receives S3 notifications, directly
or through an SNS topic: one handler for both."""

from __future__ import annotations

from lambda_events import (
    LambdaContext,
    S3EventDict,
    SQSEventDict,
    SQSRecordDict,
    decode_sqs_s3_event,
    decode_sqs_sns_s3_event,
    s3_object_key,
)


def s3_event_in(record: SQSRecordDict) -> S3EventDict | None:
    """The S3 event a message carries; `None` for the test
    message S3 sends when notifications are set up."""
    if '"TopicArn"' in record["body"]:  # an SNS envelope (the topic has no raw message delivery)
        return decode_sqs_sns_s3_event(record)
    return decode_sqs_s3_event(record)


def handler(event: SQSEventDict, context: LambdaContext) -> list[str]:
    """Return `s3://bucket/key` for every object created or removed, with the key URL-decoded."""
    locations: list[str] = []
    for record in event["Records"]:
        s3_event = s3_event_in(record)
        if s3_event is None:
            continue
        for s3_record in s3_event["Records"]:
            locations.append(f"s3://{s3_record['s3']['bucket']['name']}/{s3_object_key(s3_record)}")
    return locations
