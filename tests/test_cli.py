"""The `lambda-events inspect` command: bundled samples, files, standard input, and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from lambda_events.cli import main, run
from tests.fixture_catalog import fixture_named, all_fixtures


def run_tool(*args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run the installed tool in a subprocess: exit status, standard output, standard error."""
    result = subprocess.run(
        [sys.executable, "-m", "lambda_events", *args], input=stdin, capture_output=True, text=True, check=False
    )
    return result.returncode, result.stdout, result.stderr


def test_no_argument_checks_every_bundled_sample() -> None:
    status, out, err = run_tool("inspect")
    samples = sorted(
        entry.name[: -len(".json")]
        for entry in resources.files("lambda_events.samples").iterdir()
        if entry.name.endswith(".json")
    )
    assert (status, err) == (0, "")
    assert out.splitlines() == [f"{name} (bundled sample): valid" for name in samples]
    assert len(samples) >= 5


def test_bundled_samples_are_copies_of_mapped_fixtures() -> None:
    fixtures_by_type: dict[str, list[object]] = {}
    for fixture in all_fixtures():
        fixtures_by_type.setdefault(fixture.type_name, []).append(fixture.raw())
    for entry in resources.files("lambda_events.samples").iterdir():
        if entry.name.endswith(".json"):
            sample = json.loads(entry.read_text(encoding="utf-8"))
            assert sample in fixtures_by_type[entry.name[: -len(".json")]], entry.name


def test_valid_file_prints_valid() -> None:
    assert run_tool("inspect", str(fixture_named("sqsEvent.json").path), "--type", "SQSEventDict") == (0, "valid\n", "")


def test_problems_are_printed_with_their_paths() -> None:
    event = fixture_named("sqsEvent.json").raw()
    event["Records"][0]["body"] = 7
    event["Records"][1]["extra"] = True
    status, out, err = run_tool("inspect", "-", "--type", "SQSEventDict", stdin=json.dumps(event))
    assert (status, err) == (1, "")
    assert out.splitlines() == [
        "$.Records[0].body: expected str, got int",
        "$.Records[1].extra: key not declared by SQSRecordDict",
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["inspect", "-", "--type", "SQSEventDict"], "{not json", "standard input is not valid JSON: "),
        (["inspect", "-", "--type", "SQSEvent"], "{}", "unknown type name 'SQSEvent' (did you mean SQSEventDict"),
        (["inspect", "/nonexistent/event.json", "--type", "SQSEventDict"], "", "cannot read /nonexistent/event.json: "),
        (["inspect", "-"], "{}", "--type NAME is required with a FILE"),
        (["inspect", "--type", "SQSEventDict"], "", "--type needs a FILE"),
        (["frobnicate"], "", "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], stdin: str, message: str) -> None:
    status, out, err = run_tool(*args, stdin=stdin)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith("lambda-events: error: ")
    assert message in err


def test_unreadable_bytes_are_a_usage_error(tmp_path: Path) -> None:
    event_file = tmp_path / "event.json"
    event_file.write_bytes(b"\xff\xfe{}")
    status, _, err = run_tool("inspect", str(event_file), "--type", "SQSEventDict")
    assert status == 2 and f"cannot read {event_file}" in err


def test_in_process_entry_point_matches_the_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(fixture_named("snsEvent.json").path), "--type", "SNSEventDict"]) == 0
    assert capsys.readouterr().out == "valid\n"
    out = io.StringIO()
    assert run(["inspect", "-", "--type", "SQSBatchResponseDict"], io.StringIO('{"batchItemFailures": []}'), out) == 0
    assert out.getvalue() == "valid\n"
