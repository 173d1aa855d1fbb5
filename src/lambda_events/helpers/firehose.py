"""Decoders for the data of the records a Kinesis Data Firehose transformation function receives."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Union

from lambda_events.helpers._decoding import base64_bytes, json_value, text_field, utf8_text

if TYPE_CHECKING:
    from lambda_events.types.kinesis_firehose import KinesisFirehoseRecordDict

__all__ = ["decode_firehose_data", "decode_firehose_json", "decode_firehose_text"]

_DATA = ("data",)
_WHERE = "data"


def decode_firehose_data(record: Union[KinesisFirehoseRecordDict, Mapping[str, Any]]) -> bytes:
    """Return the bytes a producer sent to the delivery stream (a record's `data`, base64-decoded).

    >>> decode_firehose_data({"recordId": "1", "data": "aGVsbG8="})
    b'hello'

    Raises `EventDecodeError` naming `data` when it is missing or not strict base64.
    """
    return base64_bytes(text_field(record, _DATA), _WHERE)


def decode_firehose_text(record: Union[KinesisFirehoseRecordDict, Mapping[str, Any]]) -> str:
    """Return a record's data as text (base64, then strict UTF-8).

    >>> decode_firehose_text({"recordId": "1", "data": "aGVsbG8="})
    'hello'

    Raises `EventDecodeError` naming `data` on bad base64 or bad UTF-8.
    """
    return utf8_text(base64_bytes(text_field(record, _DATA), _WHERE), _WHERE)


def decode_firehose_json(
    record: Union[KinesisFirehoseRecordDict, Mapping[str, Any]], *, allow_nan: bool = False
) -> Any:
    """Return the JSON document in a record's data (base64, then UTF-8, then JSON).

    >>> decode_firehose_json({"recordId": "1", "data": "eyJvcmRlciI6IDd9"})
    {'order': 7}

    Raises `EventDecodeError` naming `data` on bad base64, UTF-8 or JSON.
    `NaN`, `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.
    """
    return json_value(utf8_text(base64_bytes(text_field(record, _DATA), _WHERE), _WHERE), _WHERE, allow_nan)
