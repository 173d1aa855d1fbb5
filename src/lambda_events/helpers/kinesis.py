"""Decoders for the data of Kinesis Data Streams records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Union, overload

from lambda_events.helpers._decoding import base64_bytes, json_value, text_field, utf8_text
from lambda_events.helpers._typed_json import typed_document

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.kinesis import KinesisStreamRecordDict

__all__ = ["decode_kinesis_data", "decode_kinesis_json", "decode_kinesis_text"]

_DATA = ("kinesis", "data")
_WHERE = "kinesis.data"


def decode_kinesis_data(record: Union[KinesisStreamRecordDict, Mapping[str, Any]]) -> bytes:
    """Return the bytes a producer put into the stream (a record's `kinesis.data`, base64-decoded).

    >>> decode_kinesis_data({"kinesis": {"data": "aGVsbG8="}})
    b'hello'

    Raises `EventDecodeError` naming `kinesis.data` when it is missing or not strict base64.
    """
    return base64_bytes(text_field(record, _DATA), _WHERE)


def decode_kinesis_text(record: Union[KinesisStreamRecordDict, Mapping[str, Any]]) -> str:
    """Return a record's data as text (base64, then strict UTF-8).

    >>> decode_kinesis_text({"kinesis": {"data": "aGVsbG8="}})
    'hello'

    Raises `EventDecodeError` naming `kinesis.data` on bad base64 or bad UTF-8.
    """
    return utf8_text(base64_bytes(text_field(record, _DATA), _WHERE), _WHERE)


@overload
def decode_kinesis_json(
    record: Union[KinesisStreamRecordDict, Mapping[str, Any]],
    *,
    as_json: Literal[False] = False,
    type: None = None,
    allow_nan: bool = False,
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_kinesis_json(
    record: Union[KinesisStreamRecordDict, Mapping[str, Any]], *, as_json: Literal[True], allow_nan: bool = False
) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_kinesis_json(
    record: Union[KinesisStreamRecordDict, Mapping[str, Any]], *, type: type[DocumentT], allow_nan: bool = False
) -> DocumentT:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_kinesis_json(
    record: Union[KinesisStreamRecordDict, Mapping[str, Any]],
    *,
    type: object = None,
    as_json: bool = False,
    allow_nan: bool = False,
) -> Any:
    """Return the JSON document in a record's data (base64, then UTF-8, then JSON).

    >>> decode_kinesis_json({"kinesis": {"data": "eyJvcmRlciI6IDd9"}})
    {'order': 7}

    Raises `EventDecodeError` naming `kinesis.data` on bad base64, UTF-8 or JSON.
    `NaN`, `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict and raises `EventDecodeError` naming `kinesis.data` and every mismatch when it
    does not match, `TypeError` when `type` is not a TypedDict class (see `lambda_events.helpers.typed_json`).
    """
    text = utf8_text(base64_bytes(text_field(record, _DATA), _WHERE), _WHERE)
    return typed_document(json_value(text, _WHERE, allow_nan), _WHERE, type, as_json)
