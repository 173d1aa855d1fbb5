"""Decoders for Kafka records (Amazon MSK and self-managed Apache Kafka event sources)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, overload

from lambda_events.helpers._arguments import mapping_argument
from lambda_events.helpers._decoding import (
    as_list,
    as_object,
    base64_bytes,
    field,
    is_object,
    json_value,
    text_field,
    utf8_text,
)
from lambda_events.helpers._describe import preview
from lambda_events.helpers._typed_json import typed_document
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.kafka import KafkaRecordDict

__all__ = [
    "decode_kafka_headers",
    "decode_kafka_json",
    "decode_kafka_key",
    "decode_kafka_text",
    "decode_kafka_value",
]

_VALUE = ("value",)


def decode_kafka_value(record: Union[KafkaRecordDict, Mapping[str, Any]]) -> bytes:
    """Return a record's value: the message bytes (its `value`, base64-decoded).

    >>> decode_kafka_value({"topic": "orders", "value": "aGVsbG8="})
    b'hello'

    A tombstone (a delete marker: `value` absent or `null`) has no message bytes, which is not the same as
    an empty message (`""`, giving `b""`): it raises `EventDecodeError` saying so; check
    `record.get("value") is None` first where tombstones can occur (compacted topics). Also raises
    `EventDecodeError` naming `value` when it is not a strict base64 string.
    """
    return base64_bytes(_value_text(record), "value")


def decode_kafka_text(record: Union[KafkaRecordDict, Mapping[str, Any]]) -> str:
    """Return a record's value as text (base64, then strict UTF-8).

    >>> decode_kafka_text({"topic": "orders", "value": "aGVsbG8="})
    'hello'

    Raises `EventDecodeError` naming `value` on a tombstone (`value` absent or `null`, as for
    `decode_kafka_value`), or on bad base64 or UTF-8.
    """
    return utf8_text(decode_kafka_value(record), "value")


@overload
def decode_kafka_json(
    record: Union[KafkaRecordDict, Mapping[str, Any]],
    *,
    as_json: Literal[False] = False,
    type: None = None,
    allow_nan: bool = False,
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_kafka_json(
    record: Union[KafkaRecordDict, Mapping[str, Any]], *, as_json: Literal[True], allow_nan: bool = False
) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_kafka_json(
    record: Union[KafkaRecordDict, Mapping[str, Any]], *, type: type[DocumentT], allow_nan: bool = False
) -> DocumentT:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_kafka_json(
    record: Union[KafkaRecordDict, Mapping[str, Any]],
    *,
    type: object = None,
    as_json: bool = False,
    allow_nan: bool = False,
) -> Any:
    """Return the JSON document in a record's value (base64, then UTF-8, then JSON).

    >>> decode_kafka_json({"topic": "orders", "value": "eyJvcmRlciI6IDd9"})
    {'order': 7}

    Raises `EventDecodeError` naming `value` on a tombstone (`value` absent or `null`, as for
    `decode_kafka_value`), or on bad base64, UTF-8 or JSON. `NaN`, `Infinity` and numbers too large for a
    float are refused unless `allow_nan=True`.

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict and raises `EventDecodeError` naming `value` and every mismatch when it
    does not match, `TypeError` when `type` is not a TypedDict class (see `lambda_events.helpers.typed_json`).
    """
    return typed_document(json_value(decode_kafka_text(record), "value", allow_nan), "value", type, as_json)


def decode_kafka_key(record: Union[KafkaRecordDict, Mapping[str, Any]]) -> Optional[bytes]:
    """Return a record's key (base64-decoded), or `None` when the message has no key (absent or `null`).

    >>> decode_kafka_key({"topic": "orders", "key": "b3JkZXItNw=="})
    b'order-7'
    >>> decode_kafka_key({"topic": "orders"}) is None
    True

    Raises `EventDecodeError` naming `key` when it is present but not strict base64.
    """
    if mapping_argument(record, "record").get("key") is None:
        return None
    return base64_bytes(text_field(record, ("key",)), "key")


def decode_kafka_headers(record: Union[KafkaRecordDict, Mapping[str, Any]]) -> list[tuple[str, bytes]]:
    """Return a record's headers as `(name, value)` pairs, in order, keeping every value of a repeated name.

    Lambda sends headers as a list of one-key objects whose value is the header's bytes as a list of
    numbers; Java producers' bytes are signed, so values from -128 to 255 are accepted (-61 is byte 0xC3).
    A record without headers (absent, `null` or empty) gives `[]`.

    >>> decode_kafka_headers({"headers": [{"trace": [97, 98]}, {"tag": [120]}, {"tag": [-61, -85]}]})
    [('trace', b'ab'), ('tag', b'x'), ('tag', b'\\xc3\\xab')]

    Raises `EventDecodeError` naming the offending entry (`headers[2]`) when the shape is wrong.
    """
    if mapping_argument(record, "record").get("headers") is None:
        return []
    headers = as_list(field(record, ("headers",)), "headers")
    pairs: list[tuple[str, bytes]] = []
    for index, header in enumerate(headers):
        for name, numbers in as_object(header, f"headers[{index}]").items():
            where = f"headers[{index}].{name}"
            pairs.append((name, _header_bytes(as_list(numbers, where), where)))
    return pairs


def _value_text(record: Union[KafkaRecordDict, Mapping[str, Any]]) -> str:
    """The base64 text of a record's value; `EventDecodeError` on a tombstone or a value that is no string."""
    if is_object(record) and record.get("value") is None:
        raise EventDecodeError("value", "the record is a tombstone (a delete marker: no value), not a message")
    return text_field(record, _VALUE)


def _header_bytes(numbers: list[Any], where: str) -> bytes:
    for number in numbers:
        if type(number) is not int or not -128 <= number <= 255:
            raise EventDecodeError(where, f"expected byte values from -128 to 255, got {preview(number)}")
    return bytes(number & 0xFF for number in numbers)
