"""Decoders for the message of an SNS notification delivered to Lambda."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast, overload

from lambda_events.helpers._decoding import json_value, text_field
from lambda_events.helpers._envelopes import s3_event_or_test
from lambda_events.helpers._typed_json import typed_document

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.s3 import S3EventDict
    from lambda_events.types.sns import SNSRecordDict

__all__ = ["decode_sns_json", "decode_sns_s3_event"]

_MESSAGE = ("Sns", "Message")
_WHERE = "Sns.Message"


@overload
def decode_sns_json(
    record: Union[SNSRecordDict, Mapping[str, Any]],
    *,
    as_json: Literal[False] = False,
    type: None = None,
    allow_nan: bool = False,
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_sns_json(
    record: Union[SNSRecordDict, Mapping[str, Any]], *, as_json: Literal[True], allow_nan: bool = False
) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_sns_json(
    record: Union[SNSRecordDict, Mapping[str, Any]], *, type: type[DocumentT], allow_nan: bool = False
) -> DocumentT:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_sns_json(
    record: Union[SNSRecordDict, Mapping[str, Any]],
    *,
    type: object = None,
    as_json: bool = False,
    allow_nan: bool = False,
) -> Any:
    """Parse the JSON document in an SNS record's message (`Sns.Message`).

    >>> decode_sns_json({"Sns": {"Message": '{"order": 7}'}})
    {'order': 7}

    Raises `EventDecodeError` naming `Sns.Message` when it is missing, not a string or not valid JSON:
    `NaN`, `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict and raises `EventDecodeError` naming `Sns.Message` and every mismatch when it
    does not match, `TypeError` when `type` is not a TypedDict class (see `lambda_events.helpers.typed_json`).
    """
    return typed_document(json_value(text_field(record, _MESSAGE), _WHERE, allow_nan), _WHERE, type, as_json)


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
