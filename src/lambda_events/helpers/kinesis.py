"""Decoders for the data of Kinesis Data Streams records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union

from lambda_events.helpers._decoding import base64_bytes, json_value, text_field, utf8_text

if TYPE_CHECKING:
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


def decode_kinesis_json(
    record: Union[KinesisStreamRecordDict, Mapping[str, Any]], *, allow_nan: bool = False
) -> Any:
    """Return the JSON document in a record's data (base64, then UTF-8, then JSON).

    >>> decode_kinesis_json({"kinesis": {"data": "eyJvcmRlciI6IDd9"}})
    {'order': 7}

    Raises `EventDecodeError` naming `kinesis.data` on bad base64, UTF-8 or JSON.
    `NaN`, `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.
    """
    return json_value(utf8_text(base64_bytes(text_field(record, _DATA), _WHERE), _WHERE), _WHERE, allow_nan)
