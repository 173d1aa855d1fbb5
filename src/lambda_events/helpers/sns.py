"""Decoders for the message of an SNS notification delivered to Lambda."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Optional, Union, cast

from lambda_events.helpers._decoding import json_value, text_field
from lambda_events.helpers._envelopes import s3_event_or_test

if TYPE_CHECKING:
    from lambda_events.types.s3 import S3EventDict
    from lambda_events.types.sns import SNSRecordDict

__all__ = ["decode_sns_json", "decode_sns_s3_event"]

_MESSAGE = ("Sns", "Message")
_WHERE = "Sns.Message"


def decode_sns_json(record: Union[SNSRecordDict, Mapping[str, Any]], *, allow_nan: bool = False) -> Any:
    """Parse the JSON document in an SNS record's message (`Sns.Message`).

    >>> decode_sns_json({"Sns": {"Message": '{"order": 7}'}})
    {'order': 7}

    Raises `EventDecodeError` naming `Sns.Message` when it is missing, not a string or not valid JSON:
    `NaN`, `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.
    """
    return json_value(text_field(record, _MESSAGE), _WHERE, allow_nan)


def decode_sns_s3_event(record: Union[SNSRecordDict, Mapping[str, Any]]) -> Optional[S3EventDict]:
    """Return the S3 event notification in an SNS record's message, or `None` for S3's test message.

    When a bucket's notification configuration is saved, S3 publishes an `s3:TestEvent` message that has no
    `Records`; it comes back as `None`, so a type checker makes you handle it.

    >>> decode_sns_s3_event({"Sns": {"Message": '{"Records": []}'}})
    {'Records': []}
    >>> test_message = '{"Service": "Amazon S3", "Event": "s3:TestEvent"}'
    >>> decode_sns_s3_event({"Sns": {"Message": test_message}}) is None
    True

    Raises `EventDecodeError` naming `Sns.Message` when it is not JSON, or neither an S3 event nor the test
    message.
    """
    return cast("Optional[S3EventDict]", s3_event_or_test(text_field(record, _MESSAGE), _WHERE))
