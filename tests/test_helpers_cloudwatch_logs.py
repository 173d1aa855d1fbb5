"""CloudWatch Logs subscription data, delivered directly, through Kinesis and through Firehose: decoded exactly as
`json.loads(zlib.decompress(b64decode(data), wbits))` decodes it, and never past the size limit."""

from __future__ import annotations

import base64
import gzip
import json
import tracemalloc
import zlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lambda_events import (
    DEFAULT_MAX_DECOMPRESSED_SIZE,
    CloudWatchLogsDecodedDataDict,
    EventDecodeError,
    decode_cloudwatch_logs,
    extract_cloudwatch_logs_from_firehose_record,
    extract_cloudwatch_logs_from_kinesis_event,
    extract_cloudwatch_logs_from_kinesis_record,
    find_event_problems,
)
from tests.fixture_catalog import events_of, fixture_named


def floor(data: str) -> Any:
    """The standard library's decoding of a subscription payload (gzip, or zlib as one sample has it)."""
    return json.loads(zlib.decompress(base64.b64decode(data), zlib.MAX_WBITS | 32))


def encode(document: Any) -> str:
    return base64.b64encode(gzip.compress(json.dumps(document).encode())).decode("ascii")


CONTROL_MESSAGE = fixture_named("cloudWatchLogsControlMessageDecoded.json").event()


def test_every_direct_subscription_fixture() -> None:
    for event in events_of("CloudWatchLogsEventDict"):
        document = decode_cloudwatch_logs(event)
        assert document == floor(event["awslogs"]["data"])
        assert find_event_problems(document, CloudWatchLogsDecodedDataDict) == []


def test_the_decoded_fixtures_are_what_the_encoded_ones_hold() -> None:
    event = fixture_named("cloudWatchLogEvent.json").event()
    assert decode_cloudwatch_logs(event) == fixture_named("cloudWatchLogEventDecoded.json").event()
    kinesis_event = fixture_named("kinesisStreamCloudWatchLogsEvent.json").event()
    assert extract_cloudwatch_logs_from_kinesis_event(kinesis_event) == [
        fixture_named("kinesisStreamCloudWatchLogsEventRecord0Decoded.json").event(),
        fixture_named("kinesisStreamCloudWatchLogsEventRecord1Decoded.json").event(),
    ]


def test_logs_through_kinesis_and_firehose() -> None:
    kinesis_event = fixture_named("kinesisStreamCloudWatchLogsEvent.json").event()
    for record in kinesis_event["Records"]:
        assert extract_cloudwatch_logs_from_kinesis_record(record) == floor(record["kinesis"]["data"])
    kinesis_firehose_event = fixture_named("kinesisFirehoseCloudWatchLogsEvent.json").event()
    assert kinesis_firehose_event["records"]
    for record in kinesis_firehose_event["records"]:
        document = extract_cloudwatch_logs_from_firehose_record(record)
        assert document == floor(record["data"])
        assert find_event_problems(document, CloudWatchLogsDecodedDataDict) == []


def test_a_control_message_decodes() -> None:
    document = decode_cloudwatch_logs({"awslogs": {"data": encode(CONTROL_MESSAGE)}})
    assert document["messageType"] == "CONTROL_MESSAGE"


def test_a_thousand_log_events() -> None:
    document = dict(CONTROL_MESSAGE, messageType="DATA_MESSAGE")
    document["logEvents"] = [
        {"id": str(36_000_000_000 + index), "timestamp": 1_700_000_000_000 + index, "message": f"line {index}"}
        for index in range(1000)
    ]
    data = encode(document)
    assert decode_cloudwatch_logs({"awslogs": {"data": data}}) == floor(data)


def test_the_default_limit() -> None:
    assert DEFAULT_MAX_DECOMPRESSED_SIZE == 64 * 1024 * 1024


def test_a_gzip_bomb_stops_at_the_limit() -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = b"".join([compressor.compress(b"\0" * (1 << 20)) for _ in range(1024)] + [compressor.flush()])
    data = base64.b64encode(bomb).decode("ascii")
    with pytest.raises(EventDecodeError, match=r"^awslogs\.data: decompressed data exceeds max_size"):
        decode_cloudwatch_logs({"awslogs": {"data": data}})
    with pytest.raises(EventDecodeError, match=r"^data: decompressed data exceeds max_size \(1000 bytes\)"):
        extract_cloudwatch_logs_from_firehose_record({"data": data}, max_size=1000)


def test_max_size_applies_to_each_record() -> None:
    data = encode(CONTROL_MESSAGE)
    size = len(zlib.decompress(base64.b64decode(data), 31))
    event = {"Records": [{"kinesis": {"data": data}}] * 2}
    assert len(extract_cloudwatch_logs_from_kinesis_event(event, max_size=size)) == 2
    with pytest.raises(EventDecodeError, match=r"^Records\[0\]\.kinesis\.data: decompressed data exceeds"):
        extract_cloudwatch_logs_from_kinesis_event(event, max_size=size - 1)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ("%%%", "invalid base64"),
        (base64.b64encode(b"plain text").decode(), "invalid gzip"),
        (base64.b64encode(gzip.compress(b"\xff\xfe")).decode(), "invalid UTF-8"),
        (base64.b64encode(gzip.compress(b"{not json")).decode(), "invalid JSON"),
        (base64.b64encode(gzip.compress(b"[]")).decode(), "expected a JSON object, got list"),
        (encode({"messageType": "DATA_MESSAGE"}), "not CloudWatch Logs data: owner is missing"),
    ],
)
def test_errors_name_the_payload(data: str, problem: str) -> None:
    with pytest.raises(EventDecodeError, match=rf"^awslogs\.data: {problem}") as caught:
        decode_cloudwatch_logs({"awslogs": {"data": data}})
    if problem.startswith("invalid"):
        assert caught.value.__cause__ is not None
    with pytest.raises(EventDecodeError, match=rf"^kinesis\.data: {problem}"):
        extract_cloudwatch_logs_from_kinesis_record({"kinesis": {"data": data}})
    with pytest.raises(EventDecodeError, match=rf"^Records\[1\]\.kinesis\.data: {problem}"):
        extract_cloudwatch_logs_from_kinesis_event(
            {"Records": [{"kinesis": {"data": encode(CONTROL_MESSAGE)}}, {"kinesis": {"data": data}}]}
        )


def test_structure_errors_in_a_kinesis_event_name_the_record() -> None:
    with pytest.raises(EventDecodeError, match=r"^Records\[0\]\.kinesis: missing$"):
        extract_cloudwatch_logs_from_kinesis_event({"Records": [{}]})
    with pytest.raises(EventDecodeError, match=r"^Records\[0\]: expected an object, got int$"):
        extract_cloudwatch_logs_from_kinesis_event({"Records": [7]})
    with pytest.raises(EventDecodeError, match=r"^Records: expected a list, got dict$"):
        extract_cloudwatch_logs_from_kinesis_event({"Records": {}})
    with pytest.raises(EventDecodeError, match=r"^awslogs: missing$"):
        decode_cloudwatch_logs({})


@given(st.binary(max_size=200))
def test_arbitrary_bytes_and_their_gzip_raise_only_decode_errors(payload: bytes) -> None:
    for data in (payload, gzip.compress(payload)):
        try:
            decode_cloudwatch_logs({"awslogs": {"data": base64.b64encode(data).decode()}})
        except EventDecodeError as error:
            assert error.where == "awslogs.data"


# --- the memory bound (issue 14, section 3) -------------------------------------------------------------------


def gzip_bomb(size: int) -> str:
    """Base64 of gzip of `size` zero bytes, compressed a mebibyte at a time (never held whole)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    parts = [compressor.compress(zeros) for _ in range(size >> 20)]
    parts.append(compressor.flush())
    return base64.b64encode(b"".join(parts)).decode("ascii")


@pytest.mark.parametrize(("bomb_mib", "max_size"), [(256, 16 << 20), (64, 1 << 20)])
def test_a_gzip_bomb_costs_about_max_size_of_memory(bomb_mib: int, max_size: int) -> None:
    data = gzip_bomb(bomb_mib << 20)
    tracemalloc.start()
    try:
        expected = rf"^awslogs\.data: decompressed data exceeds max_size \({max_size} bytes\)$"
        with pytest.raises(EventDecodeError, match=expected):
            decode_cloudwatch_logs({"awslogs": {"data": data}}, max_size=max_size)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # max_size, a few decompression steps and slices of input (64 KiB each), and the input (base64 text and
    # its bytes): never a second copy of the output (the peak used to be 2.03 times max_size).
    assert peak <= max_size + 5 * (64 << 10) + 2 * len(data) + (64 << 10)


def test_a_lying_gzip_trailer_costs_no_more_than_max_size() -> None:
    """The trailer's length only sizes the buffer (capped at max_size); zlib checks it at the end."""
    compressed = bytearray(gzip.compress(json.dumps({"message": "m" * 5000}).encode()))
    for announced in (10, 1 << 31):
        compressed[-4:] = announced.to_bytes(4, "little")
        data = base64.b64encode(bytes(compressed)).decode()
        tracemalloc.start()
        try:
            with pytest.raises(EventDecodeError, match="^awslogs.data: invalid gzip: .*incorrect length check"):
                decode_cloudwatch_logs({"awslogs": {"data": data}}, max_size=1 << 20)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak <= (1 << 20) + (64 << 10)
