"""`lambda-events` as a newcomer uses it (issue 17, "Command line"): `--version`, several files and globs,
`--problems-only`, `--type` by source id or type name with the nearest suggested, detection failures that say
what came closest and why, a byte order mark accepted."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from lambda_events.testing import sqs_event
from tests.test_cli_hostile import assert_one_line_error, run_tool, write


def sqs_with_source(event_source: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads(json.dumps(sqs_event(bodies=['{"n": 1}'], seed=1)))
    event["Records"][0]["eventSource"] = event_source
    return event


def test_version() -> None:
    status, out, err = run_tool("--version")
    assert (status, out, err) == (0, f"lambda-events {metadata.version('lambda-events')}\n", "")


def test_several_files_and_globs_give_one_summary_line_each(tmp_path: Path) -> None:
    good = write(tmp_path, sqs_event(seed=1), "a.json")
    bad = write(tmp_path, {**sqs_event(seed=1), "extra": 1}, "b.json")
    status, out, err = run_tool("inspect", str(tmp_path / "*.json"))
    assert (status, err) == (1, "")
    assert out.splitlines() == [
        f"{good}: SQSEventDict (source sqs): valid",
        f"{bad}: SQSEventDict (source sqs): 1 problem",
    ]
    assert run_tool("inspect", good, good)[:2] == (0, f"{good}: SQSEventDict (source sqs): valid\n" * 2)


def test_a_file_that_cannot_be_inspected_does_not_stop_the_others(tmp_path: Path) -> None:
    good = write(tmp_path, sqs_event(seed=1), "a.json")
    status, out, err = run_tool("inspect", str(tmp_path / "missing.json"), good)
    assert (status, err) == (2, "")
    first, second = out.splitlines()
    assert first.startswith(f"{tmp_path / 'missing.json'}: not inspected: cannot read ")
    assert second == f"{good}: SQSEventDict (source sqs): valid"
    status, out, _ = run_tool("inspect", str(tmp_path / "missing.json"), good, "--json")
    documents = json.loads(out)
    assert status == 2 and "error" in documents[0] and documents[1]["valid"] is True


def test_a_glob_that_matches_nothing_is_bad_input(tmp_path: Path) -> None:
    status, _, err = run_tool("inspect", str(tmp_path / "*.json"))
    assert status == 2
    assert_one_line_error(err, f"no file matches '{tmp_path / '*.json'}'")


@pytest.mark.parametrize("flag", ["--problems-only", "--quiet", "-q"])
def test_problems_only(tmp_path: Path, flag: str) -> None:
    good = write(tmp_path, sqs_event(bodies=['{"n": 1}'], seed=1), "a.json")
    assert run_tool("inspect", good, flag) == (0, "", "")
    event = sqs_event(bodies=['{"n": 1}'], seed=1)
    bad = write(tmp_path, {**event, "Records": [{**event["Records"][0], "extra": 1}]}, "b.json")
    status, out, _ = run_tool("inspect", bad, flag)
    assert status == 1
    assert out.splitlines() == [
        f"{bad}: SQSEventDict (source sqs): 1 problem",
        "  $.Records[0].extra: key not declared by SQSRecordDict",
    ]
    assert run_tool("inspect", good, bad, flag)[1] == f"{bad}: SQSEventDict (source sqs): 1 problem\n"


def test_type_accepts_a_source_id(tmp_path: Path) -> None:
    status, out, _ = run_tool("inspect", write(tmp_path, sqs_event(seed=1)), "--type", "sqs")
    assert status == 0 and out.startswith(f"{tmp_path / 'event.json'}: SQSEventDict (source sqs): valid")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("SQSEvent", "unknown type name 'SQSEvent' (did you mean SQSEventDict?)"),
        ("sqss", "unknown source id 'sqss' (did you mean sqs?)"),
        ("Sqs", "unknown type name 'Sqs' (did you mean sqs?)"),
        ("sqsevent", "unknown source id 'sqsevent' (did you mean SQSEventDict?)"),
        ("LambdaContext", "'LambdaContext' is not an event or response type: pass a type name"),
        ("Frobnicate", "unknown type name 'Frobnicate'"),
    ],
)
def test_type_suggests_the_nearest_name_of_the_right_kind(tmp_path: Path, name: str, message: str) -> None:
    status, _, err = run_tool("inspect", write(tmp_path, sqs_event(seed=1)), "--type", name)
    assert status == 2
    assert_one_line_error(err, message)
    assert "ALBElbContextDict" not in err


def test_an_unknown_source_says_what_came_closest_and_why(tmp_path: Path) -> None:
    status, _, err = run_tool("inspect", write(tmp_path, sqs_with_source("aws:sqs2")))
    assert status == 2
    assert_one_line_error(
        err,
        "cannot tell which service sent",
        "closest is sqs (SQSEventDict), failing only $.Records[0].eventSource: expected 'aws:sqs', got 'aws:sqs2'",
    )


def test_a_mistyped_marker_that_names_another_source_is_pointed_at(tmp_path: Path) -> None:
    status, out, _ = run_tool("inspect", write(tmp_path, sqs_with_source("aws:sns")))
    assert status == 1
    assert out.splitlines()[0].endswith("SNSEventDict (source sns): 13 problems")
    assert (
        "  detection may have followed a mistyped marker: closest is sqs (SQSEventDict), failing only "
        "$.Records[0].eventSource: expected 'aws:sqs', got 'aws:sns'"
    ) in out.splitlines()
    document = json.loads(run_tool("inspect", str(tmp_path / "event.json"), "--json")[1])
    assert document["closest"] == {"source": "sqs", "type": "SQSEventDict", "problems": 1}


@pytest.mark.parametrize(("text", "kind"), [("[1, 2]", "an array"), ('"x"', "a string"), ("null", "null")])
def test_a_document_that_is_not_an_object_is_said_to_be_so(text: str, kind: str) -> None:
    status, _, err = run_tool("inspect", "-", stdin=text)
    assert status == 2
    assert_one_line_error(err, f"not a JSON object (it is {kind})")


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "event.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(sqs_event(seed=1)).encode())
    assert run_tool("inspect", str(path))[0] == 0
    assert run_tool("inspect", "-", stdin="\ufeff" + json.dumps(sqs_event(seed=1)))[0] == 0
