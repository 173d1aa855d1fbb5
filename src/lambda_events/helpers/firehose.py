"""Decoders for the data of the records a Kinesis Data Firehose transformation function receives.

Records of a Firehose stream whose source is Direct PUT or a Kinesis data stream hold their payload in `data`;
records from an Amazon MSK source hold the Kafka record's value in `kafkaRecordValue`. Each decoder reads
whichever the record has (`data` first).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Union, overload

from lambda_events.helpers._decoding import base64_bytes, is_object, json_value, text_field, utf8_text
from lambda_events.helpers._typed_json import typed_document

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.kinesis_firehose import KinesisFirehoseMSKRecordDict, KinesisFirehoseRecordDict

__all__ = ["decode_firehose_data", "decode_firehose_json", "decode_firehose_text"]

_MSK_VALUE = "kafkaRecordValue"


def _payload_key(record: Mapping[str, Any]) -> str:
    """`kafkaRecordValue` for a record of an Amazon MSK source (it has that key and no `data`), else `data`."""
    if is_object(record) and "data" not in record and _MSK_VALUE in record:
        return _MSK_VALUE
    return "data"


def decode_firehose_data(
    record: Union[KinesisFirehoseRecordDict, KinesisFirehoseMSKRecordDict, Mapping[str, Any]],
) -> bytes:
    """Return the bytes a producer sent to the delivery stream: a record's `data` (or, from an Amazon MSK
    source, its `kafkaRecordValue`), base64-decoded.

    >>> decode_firehose_data({"recordId": "1", "data": "aGVsbG8="})
    b'hello'
    >>> decode_firehose_data({"recordId": "1", "kafkaRecordValue": "aGVsbG8="})
    b'hello'

    Raises `EventDecodeError` naming `data` (or `kafkaRecordValue`) when it is missing or not strict base64.
    """
    key = _payload_key(record)
    return base64_bytes(text_field(record, (key,)), key)


def decode_firehose_text(
    record: Union[KinesisFirehoseRecordDict, KinesisFirehoseMSKRecordDict, Mapping[str, Any]],
) -> str:
    """Return a record's data (`data` or `kafkaRecordValue`) as text (base64, then strict UTF-8).

    >>> decode_firehose_text({"recordId": "1", "data": "aGVsbG8="})
    'hello'

    Raises `EventDecodeError` naming the key on bad base64 or bad UTF-8.
    """
    return utf8_text(decode_firehose_data(record), _payload_key(record))


@overload
def decode_firehose_json(
    record: Union[KinesisFirehoseRecordDict, KinesisFirehoseMSKRecordDict, Mapping[str, Any]],
    *,
    as_json: Literal[False] = False,
    type: None = None,
    allow_nan: bool = False,
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_firehose_json(
    record: Union[KinesisFirehoseRecordDict, KinesisFirehoseMSKRecordDict, Mapping[str, Any]],
    *,
    as_json: Literal[True],
    allow_nan: bool = False,
) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_firehose_json(
    record: Union[KinesisFirehoseRecordDict, KinesisFirehoseMSKRecordDict, Mapping[str, Any]],
    *,
    type: type[DocumentT],
    allow_nan: bool = False,
) -> DocumentT:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_firehose_json(
    record: Union[KinesisFirehoseRecordDict, KinesisFirehoseMSKRecordDict, Mapping[str, Any]],
    *,
    type: object = None,
    as_json: bool = False,
    allow_nan: bool = False,
) -> Any:
    """Return the JSON document in a record's data (`data` or `kafkaRecordValue`: base64, UTF-8, JSON).

    >>> decode_firehose_json({"recordId": "1", "data": "eyJvcmRlciI6IDd9"})
    {'order': 7}

    Raises `EventDecodeError` naming the key on bad base64, UTF-8 or JSON.
    `NaN`, `Infinity` and numbers too large for a float are refused unless `allow_nan=True`.

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict and raises `EventDecodeError` naming the key and every mismatch when it
    does not match, `TypeError` when `type` is not a TypedDict class (see `lambda_events.helpers.typed_json`).
    """
    key = _payload_key(record)
    return typed_document(json_value(decode_firehose_text(record), key, allow_nan), key, type, as_json)
