"""`lambda-events` on hostile input (issue 14 §3 and §5): never a traceback, a one-line error with its own exit
status (2 bad input, 3 the tool failed, 141 the reader went away), and bounded reading and decompression."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest

from lambda_events._cli import inspect_command
from lambda_events._cli.main import main
from lambda_events.testing import kinesis_event, sqs_event

TOOL = [sys.executable, "-m", "lambda_events"]
DEEP = "[" * 100_000 + "]" * 100_000


def run_tool(*args: str, stdin: str = "", **options: Any) -> tuple[int, str, str]:
    """Run the tool in a subprocess (ten seconds at most): exit status, standard output, standard error."""
    result = subprocess.run(
        [*TOOL, *args], input=stdin, capture_output=True, text=True, check=False, timeout=10, **options
    )
    return result.returncode, result.stdout, result.stderr


def assert_one_line_error(err: str, *parts: str) -> None:
    assert len(err.splitlines()) == 1 and err.startswith("lambda-events: "), err
    assert "Traceback" not in err
    for part in parts:
        assert part in err


def write(tmp_path: Path, event: Any, name: str = "event.json") -> str:
    path = tmp_path / name
    path.write_text(event if isinstance(event, str) else json.dumps(event), encoding="utf-8")
    return str(path)


def sqs_with_body(body: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads(json.dumps(sqs_event(bodies=["x"], seed=1)))
    event["Records"][0]["body"] = body
    return event


# --- §5: no traceback -----------------------------------------------------------------------------------


def test_deep_json_in_a_file_is_bad_input(tmp_path: Path) -> None:
    status, out, err = run_tool("inspect", write(tmp_path, DEEP))
    assert (status, out) == (2, "")
    assert_one_line_error(err, "nested deeper than 128 levels")


def test_deep_json_on_standard_input_is_bad_input() -> None:
    status, out, err = run_tool("inspect", "-", stdin=DEEP)
    assert (status, out) == (2, "")
    assert_one_line_error(err, "standard input: nested deeper than 128 levels")


def test_json_just_past_the_depth_limit_is_refused_and_at_it_accepted() -> None:
    at_limit = {"Records": [{"eventSource": "aws:sqs", "body": "x", "deep": json.loads("[" * 125 + "]" * 125)}]}
    status, out, err = run_tool("inspect", "-", stdin=json.dumps(at_limit))
    assert status == 1 and err == "" and "key not declared" in out
    past = {**at_limit, "more": json.loads("[" * 128 + "]" * 128)}
    status, _, err = run_tool("inspect", "-", stdin=json.dumps(past))
    assert status == 2
    assert_one_line_error(err, "nested deeper than 128 levels (at $.more")


def test_deep_json_in_a_body_or_kinesis_data_is_a_decoding_error_not_a_crash(tmp_path: Path) -> None:
    for event, path in [
        (sqs_with_body(DEEP), "$.Records[0].body"),
        (kinesis_event(data=[DEEP.encode()], seed=1), "$.Records[0].kinesis.data"),
    ]:
        status, out, err = run_tool("inspect", write(tmp_path, event))
        assert (status, err) == (0, "")
        assert f'  {path} [error]: "nested deeper than 128 levels"' in out.splitlines()


def test_a_lone_surrogate_in_a_body_is_printed_escaped(tmp_path: Path) -> None:
    path = write(tmp_path, sqs_with_body('{"a": "\\ud800"}'))
    status, out, err = run_tool("inspect", path)
    assert (status, err) == (0, "")
    assert '$.Records[0].body [json]: {"a": "\\ud800"}' in out
    status, out, err = run_tool("inspect", path, "--json")
    assert (status, err) == (0, "")
    assert json.loads(out)["decoded"][0]["value"] == {"a": "\ud800"}


def test_closed_standard_input_is_bad_input() -> None:
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" <&-', "sh", *TOOL, "inspect", "-"], capture_output=True, text=True, timeout=10
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert_one_line_error(result.stderr, "cannot read standard input: it is closed")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="writes to /dev/full, which only Linux has")
def test_a_full_disk_is_a_failure_of_the_tool() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([*TOOL, "sources"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=10)
    assert result.returncode == 3
    assert_one_line_error(result.stderr, "cannot write the output: No space left on device")


def test_a_reader_that_goes_away_ends_the_tool_quietly() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written (`sources | head -0`)
    try:
        result = subprocess.run([*TOOL, "sources"], stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=10)
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, "")


def test_a_time_no_event_can_have_is_bad_input() -> None:
    status, out, err = run_tool("sample", "sqs", "--at", "0001-01-01T00:00:00Z")
    assert (status, out) == (2, "")
    assert_one_line_error(err, "cannot make a sqs event at 0001-01-01")


def test_an_internal_error_is_one_line_with_status_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **options: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(inspect_command, "inspect_event", broken)
    assert main(["inspect"]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_line_error(captured.err, "internal error: KeyError: 'surprise'")


def test_duplicate_keys_are_problems_in_the_event_and_errors_in_payloads(tmp_path: Path) -> None:
    text = json.dumps(sqs_with_body('{"a": 1, "a": 2}'))
    text = text.replace('"body":', '"body": "first", "body":', 1)
    status, out, err = run_tool("inspect", write(tmp_path, text))
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert "  $.Records[0].body: duplicate key (the last value is kept)" in lines
    assert '  $.Records[0].body [error]: "duplicate key at $.a (the last value is kept)"' in lines


# --- §3: bounds -----------------------------------------------------------------------------------------


def gzip_layers(data: bytes, layers: int) -> bytes:
    for _ in range(layers):
        data = gzip.compress(data)
    return data


def decoded(out: str) -> list[dict[str, Any]]:
    documents: Any = json.loads(out)
    items: list[dict[str, Any]] = []
    for document in cast("list[dict[str, Any]]", documents if isinstance(documents, list) else [documents]):
        items.extend(document["decoded"])
    return items


def test_nested_gzip_is_decompressed_within_the_budget_per_event(tmp_path: Path) -> None:
    payload = b'{"n": 1}' + b" " * 600_000
    path = write(tmp_path, kinesis_event(data=[gzip_layers(payload, 4)], seed=1))
    status, out, _ = run_tool("inspect", path, "--json")
    assert status == 0 and [item["kind"] for item in decoded(out)] == ["gzip json"]
    status, out, _ = run_tool("inspect", path, "--json", "--max-decoded", "500000")
    [item] = decoded(out)
    assert status == 0 and item["kind"] == "error"
    assert item["value"].startswith("not decompressed: it would exceed the budget of 500000 decoded bytes")


def test_the_budget_per_run_spans_every_event(tmp_path: Path) -> None:
    event = kinesis_event(data=[gzip.compress(b'{"n": 1}' + b" " * 600_000)], seed=1)
    paths = [write(tmp_path, event, f"{name}.json") for name in ("a", "b")]
    status, out, _ = run_tool("inspect", *paths, "--json", "--max-decoded-total", "1000000")
    assert status == 0 and [item["kind"] for item in decoded(out)] == ["gzip json", "error"]


def test_cloudwatch_logs_are_decompressed_within_the_budget(tmp_path: Path) -> None:
    from lambda_events.testing import cloudwatch_logs_event

    path = write(tmp_path, cloudwatch_logs_event(messages=["x" * 5000] * 50, seed=1))
    status, out, _ = run_tool("inspect", path, "--json", "--max-decoded", "10000")
    [item] = decoded(out)
    assert status == 0 and item["kind"] == "error" and "would exceed the budget of 10000" in item["value"]


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "fifo.json")
    for name, kind in [("zero.json", "a character device"), ("fifo.json", "a FIFO"), (".", "a directory")]:
        status, out, err = run_tool("inspect", str(tmp_path / name))
        assert (status, out) == (2, "")
        assert_one_line_error(err, f"not a regular file ({kind})")


def test_input_is_read_up_to_a_size_limit(tmp_path: Path) -> None:
    text = json.dumps(sqs_with_body("x" * 2000))
    path = write(tmp_path, text)
    status, _, err = run_tool("inspect", path, "--max-size", "1000")
    assert status == 2
    assert_one_line_error(err, f"{path} is larger than 1000 bytes (--max-size raises the limit)")
    status, _, err = run_tool("inspect", "-", "--max-size", "1000", stdin=text)
    assert status == 2
    assert_one_line_error(err, "standard input is larger than 1000 bytes")
    assert run_tool("inspect", path, "--max-size", str(len(text)))[0] == 0


@pytest.mark.parametrize("value", ["0", "-5", "lots"])
def test_a_limit_must_be_a_positive_number_of_bytes(value: str) -> None:
    status, _, err = run_tool("inspect", "-", f"--max-size={value}")
    assert status == 2
    assert_one_line_error(err, "expected a number of bytes (at least 1)")


def test_standard_input_is_bounded_without_reading_it_all() -> None:
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run([*TOOL, "inspect", "-"], stdin=zero, capture_output=True, text=True, timeout=20)
    assert result.returncode == 2
    assert_one_line_error(result.stderr, "standard input is larger than 16777216 bytes")


def test_an_interruption_is_one_line_with_status_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **options: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(inspect_command, "inspect_event", interrupted)
    assert main(["inspect"]) == 130
    assert capsys.readouterr().err == "lambda-events: interrupted\n"
