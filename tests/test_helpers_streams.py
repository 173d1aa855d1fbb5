"""Base64 payload decoders of stream and queue records: Kinesis, Firehose, Kafka, Amazon MQ.

Every helper is run on every record of every fixture of its source and compared with a plain standard
library decoding of the same field.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lambda_events import (
    EventDecodeError,
    decode_firehose_data,
    decode_firehose_json,
    decode_firehose_text,
    decode_kafka_headers,
    decode_kafka_json,
    decode_kafka_key,
    decode_kafka_text,
    decode_kafka_value,
    decode_kinesis_data,
    decode_kinesis_json,
    decode_kinesis_text,
    decode_mq_data,
    decode_mq_json,
    decode_mq_text,
)
from tests.fixture_catalog import items_of

KINESIS_RECORDS = items_of("Records", "KinesisStreamEventDict")
FIREHOSE_RECORDS = items_of("records", "KinesisFirehoseEventDict")
KAFKA_RECORDS = items_of("records", "KafkaEventDict")
KAFKA_TOMBSTONES = [record for record in KAFKA_RECORDS if record.get("value") is None]
MQ_MESSAGES = items_of("messages", "ActiveMQEventDict") + items_of("rmqMessagesByQueue", "RabbitMQEventDict")


def json_or_none(data: bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return None


def text_or_none(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


Decoders = tuple[Callable[[Any], bytes], Callable[[Any], str], Callable[[Any], Any]]
SOURCES: dict[str, tuple[list[Any], Callable[[Any], str], Decoders]] = {
    "kinesis": (
        KINESIS_RECORDS,
        lambda record: record["kinesis"]["data"],
        (decode_kinesis_data, decode_kinesis_text, decode_kinesis_json),
    ),
    "firehose": (
        FIREHOSE_RECORDS,
        lambda record: record["data"],
        (decode_firehose_data, decode_firehose_text, decode_firehose_json),
    ),
    "kafka": (
        [record for record in KAFKA_RECORDS if record.get("value") is not None],
        lambda record: record["value"],
        (decode_kafka_value, decode_kafka_text, decode_kafka_json),
    ),
    "mq": (MQ_MESSAGES, lambda message: message["data"], (decode_mq_data, decode_mq_text, decode_mq_json)),
}
WHERE = {"kinesis": "kinesis.data", "firehose": "data", "kafka": "value", "mq": "data"}


@pytest.mark.parametrize("source", SOURCES)
def test_every_fixture_record_decodes_as_the_standard_library_does(source: str) -> None:
    records, raw_field, (as_bytes, as_text, as_json) = SOURCES[source]
    json_seen = 0
    for record in records:
        data = base64.b64decode(raw_field(record))
        assert as_bytes(record) == data
        text = text_or_none(data)
        if text is None:
            with pytest.raises(EventDecodeError, match=f"^{WHERE[source]}: invalid UTF-8"):
                as_text(record)
        else:
            assert as_text(record) == text
        document = json_or_none(data) if text is not None else None
        if document is None:
            with pytest.raises(EventDecodeError, match=f"^{WHERE[source]}: invalid"):
                as_json(record)
        else:
            json_seen += 1
            assert as_json(record) == document
    assert json_seen > 0, "the fixtures should include a JSON payload"


@pytest.mark.parametrize("source", SOURCES)
@given(payload=st.binary(max_size=64))
def test_arbitrary_bytes_decode_or_raise_a_decode_error(source: str, payload: bytes) -> None:
    records, _, (as_bytes, as_text, as_json) = SOURCES[source]
    record = json.loads(json.dumps(records[0]))
    encoded = base64.b64encode(payload).decode("ascii")
    if source == "kinesis":
        record["kinesis"]["data"] = encoded
    elif source == "kafka":
        record["value"] = encoded
    else:
        record["data"] = encoded
    assert as_bytes(record) == payload
    for decoder in (as_text, as_json):
        try:
            decoder(record)
        except EventDecodeError as error:
            assert error.where == WHERE[source]


@pytest.mark.parametrize("source", SOURCES)
def test_errors_name_the_field(source: str) -> None:
    records, _, decoders = SOURCES[source]
    where = WHERE[source]
    record = json.loads(json.dumps(records[0]))
    parent = record["kinesis"] if source == "kinesis" else record
    key = where.rsplit(".", 1)[-1]
    parent[key] = "not base64!"
    for decoder in decoders:
        with pytest.raises(EventDecodeError, match=f"^{where}: invalid base64"):
            decoder(record)
    parent[key] = base64.b64encode(b"\xff\xfe").decode()
    with pytest.raises(EventDecodeError, match=f"^{where}: invalid UTF-8"):
        decoders[1](record)
    parent[key] = base64.b64encode(b"{oops").decode()
    with pytest.raises(EventDecodeError, match=f"^{where}: invalid JSON") as caught:
        decoders[2](record)
    assert isinstance(caught.value.__cause__, json.JSONDecodeError)
    del parent[key]
    missing = "the record is a tombstone" if source == "kafka" else "missing$"
    for decoder in decoders:
        with pytest.raises(EventDecodeError, match=f"^{where}: {missing}"):
            decoder(record)


def test_kinesis_record_without_its_payload_object() -> None:
    with pytest.raises(EventDecodeError, match=r"^kinesis: missing$"):
        decode_kinesis_data({"eventSource": "aws:kinesis"})
    with pytest.raises(EventDecodeError, match=r"^kinesis\.data: missing: kinesis is str, not an object$"):
        decode_kinesis_data({"kinesis": "data"})


# --- Kafka keys and headers -----------------------------------------------------------------------------


def test_kafka_keys_decode_or_are_none() -> None:
    seen_key = seen_none = False
    for record in KAFKA_RECORDS:
        key = record.get("key")
        if key is None:
            seen_none = True
            assert decode_kafka_key(record) is None
        else:
            seen_key = True
            assert decode_kafka_key(record) == base64.b64decode(key)
    assert seen_key and seen_none


def test_kafka_key_errors() -> None:
    with pytest.raises(EventDecodeError, match="^key: invalid base64"):
        decode_kafka_key({"key": "%%%"})
    with pytest.raises(EventDecodeError, match="^key: expected str, got int$"):
        decode_kafka_key({"key": 5})


@pytest.mark.parametrize("record", [{"topic": "t", "value": None}, {"topic": "t", "key": "aw=="}, *KAFKA_TOMBSTONES])
def test_kafka_tombstone_value_is_reported(record: dict[str, Any]) -> None:
    for decode in (decode_kafka_value, decode_kafka_text, decode_kafka_json):
        with pytest.raises(EventDecodeError, match="^value: the record is a tombstone"):
            decode(record)
    assert decode_kafka_value({"topic": "t", "value": ""}) == b""


def test_kafka_headers_match_a_plain_decoding_on_every_fixture() -> None:
    seen = 0
    for record in KAFKA_RECORDS:
        headers: list[dict[str, list[int]]] = record.get("headers") or []
        expected = [
            (name, bytes(byte & 0xFF for byte in values)) for header in headers for name, values in header.items()
        ]
        seen += len(expected)
        assert decode_kafka_headers(record) == expected
    assert seen > 0


def test_kafka_headers_keep_repeated_names_in_order_and_signed_bytes() -> None:
    record = {"headers": [{"tag": [97]}, {"trace": [-61, -85]}, {"tag": [98, 255]}]}
    assert decode_kafka_headers(record) == [("tag", b"a"), ("trace", "ë".encode()), ("tag", b"b\xff")]
    assert decode_kafka_headers({}) == []
    assert decode_kafka_headers({"headers": None}) == []


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ("x", r"^headers: expected a list, got str$"),
        ([["tag", [1]]], r"^headers\[0\]: expected an object, got list$"),
        ([{"a": [1]}, {"tag": "abc"}], r"^headers\[1\]\.tag: expected a list, got str$"),
        ([{"tag": [256]}], r"^headers\[0\]\.tag: expected byte values from -128 to 255, got 256$"),
        ([{"tag": [-129]}], r"^headers\[0\]\.tag: expected byte values"),
        ([{"tag": [True]}], r"^headers\[0\]\.tag: expected byte values"),
        ([{"tag": [1.5]}], r"^headers\[0\]\.tag: expected byte values"),
    ],
)
def test_kafka_header_errors_name_the_header(headers: Any, message: str) -> None:
    with pytest.raises(EventDecodeError, match=message):
        decode_kafka_headers({"headers": headers})
