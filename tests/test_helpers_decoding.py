"""The shared decoding primitives: strict base64, UTF-8, JSON, bounded gunzip, required fields; and the
examples in every decoding helper's docstring."""

from __future__ import annotations

import base64
import binascii
import doctest
import gzip
import importlib
import json
import time
import tracemalloc
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lambda_events import EventDecodeError
from lambda_events.helpers._decoding import (
    as_list,
    as_object,
    base64_bytes,
    field,
    gunzip,
    json_object,
    json_value,
    text_field,
    utf8_text,
)

DECODING_MODULES = [
    "amazon_mq",
    "arn",
    "aws_config",
    "cloudwatch_logs",
    "codepipeline",
    "dynamodb",
    "firehose",
    "http",
    "kafka",
    "kinesis",
    "s3",
    "sns",
    "sqs",
]


@pytest.mark.parametrize("module_name", DECODING_MODULES)
def test_docstring_examples_run(module_name: str) -> None:
    module = importlib.import_module(f"lambda_events.helpers.{module_name}")
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert attempted > 0
    assert failed == 0


# --- base64 -------------------------------------------------------------------------------------------


@given(st.binary(max_size=200))
def test_base64_round_trips(data: bytes) -> None:
    assert base64_bytes(base64.b64encode(data).decode("ascii"), "data") == data


@given(st.text(alphabet="ABCab01+/=\n -_*é", max_size=24))
@settings(max_examples=300)
def test_base64_accepts_exactly_what_validating_b64decode_accepts(text: str) -> None:
    try:
        expected: bytes | None = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        expected = None
    if expected is None:
        with pytest.raises(EventDecodeError, match="^data: invalid base64"):
            base64_bytes(text, "data")
    else:
        assert base64_bytes(text, "data") == expected


@pytest.mark.parametrize(
    "text",
    ["QQ", "QQ=", "QQ===", "Q Q==", "QUJD\n", "=QUJD", "QUJD=QUJD", "aGk*", "aGVsbG8_", "aGVsbG8-", "aé=="],
)
def test_base64_rejects_bad_characters_and_padding_with_the_cause(text: str) -> None:
    with pytest.raises(EventDecodeError, match=r"^kinesis\.data: invalid base64") as caught:
        base64_bytes(text, "kinesis.data")
    assert isinstance(caught.value.__cause__, ValueError)
    assert caught.value.where == "kinesis.data"


# --- text and JSON ------------------------------------------------------------------------------------


def test_utf8_is_strict() -> None:
    assert utf8_text("é".encode(), "data") == "é"
    for bad in (b"\xff", b"\xc3", "\ud800".encode("utf-8", "surrogatepass")):
        with pytest.raises(EventDecodeError, match="^data: invalid UTF-8") as caught:
            utf8_text(bad, "data")
        assert isinstance(caught.value.__cause__, UnicodeDecodeError)


def test_json_errors_name_the_path_and_chain_the_cause() -> None:
    assert json_value('{"a": [1, 2.5, null]}', "body") == {"a": [1, 2.5, None]}
    with pytest.raises(EventDecodeError, match="^body: invalid JSON: Expecting") as caught:
        json_value("{nope", "body")
    assert isinstance(caught.value.__cause__, json.JSONDecodeError)


def test_json_nested_beyond_the_parser_is_a_decode_error() -> None:
    with pytest.raises(EventDecodeError, match="^body: invalid JSON") as caught:
        json_value("[" * 200_000 + "]" * 200_000, "body")
    assert isinstance(caught.value.__cause__, RecursionError)


def test_json_object_requires_an_object() -> None:
    assert json_object('{"a": 1}', "body") == {"a": 1}
    with pytest.raises(EventDecodeError, match="^body: expected a JSON object, got list$"):
        json_object("[1]", "body")


# --- fields -------------------------------------------------------------------------------------------


def test_field_names_the_missing_step() -> None:
    record = {"kinesis": {"data": "aGk="}, "list": [1], "none": None}
    assert field(record, ("kinesis", "data")) == "aGk="
    with pytest.raises(EventDecodeError, match=r"^kinesis\.nope: missing$") as caught:
        field(record, ("kinesis", "nope"))
    assert isinstance(caught.value.__cause__, KeyError)
    with pytest.raises(EventDecodeError, match=r"^list\.data: missing: list is list, not an object$"):
        field(record, ("list", "data"))
    with pytest.raises(EventDecodeError, match=r"^none\.data: missing: none is None, not an object$"):
        field(record, ("none", "data"))


def test_text_field_requires_a_string() -> None:
    with pytest.raises(EventDecodeError, match="^body: expected str, got None$"):
        text_field({"body": None}, ("body",))
    with pytest.raises(EventDecodeError, match="^body: expected str, got int$"):
        text_field({"body": 7}, ("body",))


def test_as_object_and_as_list() -> None:
    assert as_object({"a": 1}, "x") == {"a": 1}
    assert as_list([1], "x") == [1]
    with pytest.raises(EventDecodeError, match="^x: expected an object, got list$"):
        as_object([1], "x")
    with pytest.raises(EventDecodeError, match="^x: expected a list, got str$"):
        as_list("1", "x")


# --- bounded decompression ----------------------------------------------------------------------------


def gzip_stream(chunk: bytes, repeat: int) -> bytes:
    """gzip `chunk * repeat` without ever holding the whole input in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [compressor.compress(chunk) for _ in range(repeat)]
    parts.append(compressor.flush())
    return b"".join(parts)


def test_gunzip_reads_gzip_and_zlib() -> None:
    assert gunzip(gzip.compress(b"hello"), "data", 100) == b"hello"
    assert gunzip(zlib.compress(b"hello"), "data", 100) == b"hello"
    assert gunzip(gzip.compress(b"hello"), "data", 5) == b"hello"


def test_gunzip_refuses_output_past_max_size() -> None:
    with pytest.raises(EventDecodeError, match=r"^data: decompressed data exceeds max_size \(4 bytes\)$"):
        gunzip(gzip.compress(b"hello"), "data", 4)


def test_gunzip_bomb_is_rejected_quickly_and_without_the_memory() -> None:
    bomb = gzip_stream(b"\0" * (1 << 20), 1024)  # 1 GiB of zeros
    assert len(bomb) < 2 << 20
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(EventDecodeError, match="exceeds max_size"):
            gunzip(bomb, "awslogs.data", 8 << 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2
    assert peak < 32 << 20  # the 8 MiB limit plus its buffer, never the gigabyte


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"not gzip at all", "invalid gzip: Error -3"),
        (gzip.compress(b"hello world")[:-6], "invalid gzip: incomplete or truncated stream"),
        (b"", "invalid gzip: incomplete or truncated stream"),
    ],
)
def test_gunzip_rejects_corrupt_streams(data: bytes, problem: str) -> None:
    with pytest.raises(EventDecodeError) as caught:
        gunzip(data, "data", 1000)
    assert str(caught.value).startswith(f"data: {problem}")


def test_gunzip_corrupt_stream_chains_the_zlib_error() -> None:
    with pytest.raises(EventDecodeError) as caught:
        gunzip(b"\x1f\x8b\x08\x00garbage-garbage", "data", 1000)
    assert isinstance(caught.value.__cause__, zlib.error)


def test_gunzip_rejects_a_negative_limit() -> None:
    with pytest.raises(ValueError, match="^max_size must be at least 0, got -1$"):
        gunzip(gzip.compress(b"x"), "data", -1)
    with pytest.raises(TypeError, match="^max_size must be an int, got float$"):
        gunzip(gzip.compress(b"x"), "data", 1.5)  # type: ignore[arg-type]  # the wrong type on purpose
