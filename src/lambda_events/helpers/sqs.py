"""Decoders for SQS message bodies, including the SNS notifications and S3 event notifications that other
services deliver to queues."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast, overload

from lambda_events.helpers._decoding import json_value, text_field
from lambda_events.helpers._envelopes import s3_event_or_test, sns_notification
from lambda_events.helpers._typed_json import typed_document

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.s3 import S3EventDict
    from lambda_events.types.sns import SNSNotificationDict
    from lambda_events.types.sqs import SQSRecordDict

__all__ = ["decode_sqs_json", "decode_sqs_s3_event", "decode_sqs_sns_message", "decode_sqs_sns_s3_event"]

_BODY = ("body",)


@overload
def decode_sqs_json(
    record: Union[SQSRecordDict, Mapping[str, Any]],
    *,
    as_json: Literal[False] = False,
    type: None = None,
    allow_nan: bool = False,
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_sqs_json(
    record: Union[SQSRecordDict, Mapping[str, Any]], *, as_json: Literal[True], allow_nan: bool = False
) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_sqs_json(
    record: Union[SQSRecordDict, Mapping[str, Any]], *, type: type[DocumentT], allow_nan: bool = False
) -> DocumentT:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_sqs_json(
    record: Union[SQSRecordDict, Mapping[str, Any]],
    *,
    type: object = None,
    as_json: bool = False,
    allow_nan: bool = False,
) -> Any:
    """Parse the JSON document in an SQS record's `body`.

    >>> decode_sqs_json({"body": '{"order": 7}'})
    {'order': 7}

    Raises `EventDecodeError` naming `body` when the key is missing, is not a string, or is not valid JSON:
    `NaN`, `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict and raises `EventDecodeError` naming `body` and every mismatch when it
    does not match, `TypeError` when `type` is not a TypedDict class (see `lambda_events.helpers.typed_json`).
    """
    return typed_document(json_value(text_field(record, _BODY), "body", allow_nan), "body", type, as_json)


def decode_sqs_sns_message(record: Union[SQSRecordDict, Mapping[str, Any]]) -> SNSNotificationDict:
    """Return the SNS notification in an SQS record's body (a topic delivering to a queue without raw
    message delivery wraps each message in this JSON envelope).

    >>> body = ('{"Type": "Notification", "MessageId": "m-1",'
    ...         ' "TopicArn": "arn:aws:sns:us-east-1:123456789012:t", "Message": "hello",'
    ...         ' "Timestamp": "2024-01-02T03:04:05.000Z", "UnsubscribeURL": "https://x"}')
    >>> decode_sqs_sns_message({"body": body})["Message"]
    'hello'

    Raises `EventDecodeError` naming `body` when it is not JSON or not an SNS notification (its `Type` must be
    `Notification` and `MessageId`, `TopicArn`, `Message`, `Timestamp` and `UnsubscribeURL` strings).
    """
    return cast("SNSNotificationDict", sns_notification(text_field(record, _BODY), "body"))


def decode_sqs_s3_event(record: Union[SQSRecordDict, Mapping[str, Any]]) -> Optional[S3EventDict]:
    """Return the S3 event notification in an SQS record's body, or `None` for S3's test message.

    When a bucket's notification configuration is saved, S3 sends the queue an `s3:TestEvent` message that
    has no `Records`; it comes back as `None`, so a type checker makes you handle it, and it can never pass
    for an event with no records.

    >>> decode_sqs_s3_event({"body": '{"Records": []}'})
    {'Records': []}
    >>> decode_sqs_s3_event({"body": '{"Service": "Amazon S3", "Event": "s3:TestEvent"}'}) is None
    True

    Raises `EventDecodeError` naming `body` when it is not JSON, or neither an S3 event nor the test message.
    """
    return cast("Optional[S3EventDict]", s3_event_or_test(text_field(record, _BODY), "body"))


def decode_sqs_sns_s3_event(record: Union[SQSRecordDict, Mapping[str, Any]]) -> Optional[S3EventDict]:
    """Return the S3 event notification inside an SNS notification inside an SQS record's body (an S3 bucket
    notifying a topic that fans out to queues), or `None` for S3's `s3:TestEvent` message.

    >>> body = ('{"Type": "Notification", "MessageId": "m-1",'
    ...         ' "TopicArn": "arn:aws:sns:us-east-1:123456789012:t",'
    ...         ' "Message": "{\\\\"Records\\\\": []}", "Timestamp": "2024-01-02T03:04:05.000Z",'
    ...         ' "UnsubscribeURL": "https://x"}')
    >>> decode_sqs_sns_s3_event({"body": body})
    {'Records': []}

    Raises `EventDecodeError` naming `body` when the body is not an SNS notification, and `body.Message`
    when the notification's message is not an S3 event or the test message.
    """
    notification = sns_notification(text_field(record, _BODY), "body")
    return cast("Optional[S3EventDict]", s3_event_or_test(notification["Message"], "body.Message"))
