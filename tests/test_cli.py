"""The `lambda-events` tool: `inspect` (bundled samples, files, standard input, detection, decoding, redaction,
`--json`), `sources`, `sample`, and one-line errors with exit status 2."""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import sys
import typing
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import EVENT_SOURCE_TYPE_NAMES, EventSource, detect_event_source, find_event_problems
from lambda_events._cli.main import main, run
from lambda_events.testing import (
    api_gateway_event,
    cloudwatch_logs_event,
    dynamodb_event,
    kinesis_event,
    s3_event,
    sns_notification,
    sqs_event,
)
from tests.fixture_catalog import all_fixtures, fixture_named

SOURCES: tuple[EventSource, ...] = typing.get_args(EventSource)
# The sources whose events `make demo` must show, by the type their bundled sample is named after.
MAIN_SAMPLES = {
    "SQSEventDict",
    "SNSEventDict",
    "S3EventDict",
    "EventBridgeEventDict",
    "DynamoDBStreamEventDict",
    "KinesisStreamEventDict",
    "KinesisFirehoseEventDict",
    "CloudWatchLogsEventDict",
    "APIGatewayProxyEventDict",
    "APIGatewayProxyEventV2Dict",
    "ALBEventDict",
    "LambdaFunctionUrlEventDict",
    "PreTokenGenerationTriggerEventDict",
    "CloudFormationCustomResourceEventDict",
}


def run_tool(*args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run the installed tool in a subprocess: exit status, standard output, standard error."""
    result = subprocess.run(
        [sys.executable, "-m", "lambda_events", *args], input=stdin, capture_output=True, text=True, check=False
    )
    return result.returncode, result.stdout, result.stderr


def run_here(*args: str, stdin: str = "") -> tuple[int, str]:
    """Run the tool in this process (quicker): exit status and standard output."""
    out = io.StringIO()
    status = run(list(args), io.BytesIO(stdin.encode("utf-8", "surrogatepass")), out)
    return status, out.getvalue()


def inspect_json(event: Any, *args: str) -> dict[str, Any]:
    """The `--json` document `inspect -` prints for `event`."""
    status, out = run_here("inspect", "-", "--json", *args, stdin=json.dumps(event))
    document: dict[str, Any] = json.loads(out)
    assert status == (0 if document["valid"] else 1)
    return document


def sample_names() -> list[str]:
    return sorted(
        entry.name[: -len(".json")]
        for entry in resources.files("lambda_events.samples").iterdir()
        if entry.name.endswith(".json")
    )


# --- the bundled samples (`make demo`) --------------------------------------------------------------------


def test_no_argument_inspects_every_bundled_sample() -> None:
    status, out, err = run_tool("inspect")
    assert (status, err) == (0, "")
    headings = [line for line in out.splitlines() if not line.startswith("  ")]
    assert len(headings) == len(sample_names())
    for heading, name in zip(headings, sample_names()):
        # An event detection does not know (S3's test event) has no "(source ...)" part: nothing reads as failing.
        assert re.fullmatch(rf"{name}\.json \(bundled sample\): {name}( \(source [a-z0-9_]+\))?: valid", heading)
    assert MAIN_SAMPLES <= set(sample_names())
    assert "  $.Records[0].kinesis.data [gzip json]: " in out
    assert "  $.Records[0].dynamodb.NewImage [dynamodb image]: " in out


def test_bundled_samples_are_copies_of_mapped_fixtures() -> None:
    fixtures_by_type: dict[str, list[object]] = {}
    for fixture in all_fixtures():
        fixtures_by_type.setdefault(fixture.type_name, []).append(fixture.raw())
    for entry in resources.files("lambda_events.samples").iterdir():
        if entry.name.endswith(".json"):
            sample = json.loads(entry.read_text(encoding="utf-8"))
            assert sample in fixtures_by_type[entry.name[: -len(".json")]], entry.name


def test_bundled_samples_as_one_json_document() -> None:
    status, out = run_here("inspect", "--json")
    documents = json.loads(out)
    assert status == 0 and [document["type"] for document in documents] == sample_names()
    assert all(document["valid"] and document["problems"] == [] for document in documents)


# --- one event ------------------------------------------------------------------------------------------


def test_a_valid_file_is_detected_checked_and_decoded() -> None:
    path = str(fixture_named("sqsEvent.json").path)
    status, out, err = run_tool("inspect", path)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"{path}: SQSEventDict (source sqs): valid",
        '  $.Records[1].body [json]: {"message": "foo1"}',
    ]
    assert run_tool("inspect", path, "--type", "SQSEventDict") == (0, out, "")


def test_problems_are_printed_with_their_paths() -> None:
    event = fixture_named("sqsEvent.json").raw()
    event["Records"][0]["body"] = 7
    event["Records"][1]["extra"] = True
    status, out, err = run_tool("inspect", "-", stdin=json.dumps(event))
    assert (status, err) == (1, "")
    assert out.splitlines() == [
        "standard input: SQSEventDict (source sqs): 2 problems",
        "  $.Records[0].body: expected str, got int",
        "  $.Records[1].extra: key not declared by SQSRecordDict",
        '  $.Records[1].body [json]: {"message": "foo1"}',
    ]


def test_type_overrides_detection() -> None:
    document = inspect_json(fixture_named("snsEvent.json").raw(), "--type", "SQSEventDict")
    assert (document["source"], document["type"], document["valid"]) == ("sns", "SQSEventDict", False)
    assert {"path": "$.Records[0]", "message": "missing required key 'body'"} in document["problems"]
    status, out = run_here("inspect", "-", "--type", "SQSBatchResponseDict", stdin='{"batchItemFailures": []}')
    assert (status, out) == (0, "standard input: SQSBatchResponseDict: valid\n")


def test_json_document_lists_problems_and_decoded_payloads() -> None:
    event: Any = json.loads(json.dumps(kinesis_event(data=[b"\x00\xff", "plain text", {"n": 1}], seed=1)))
    event["Records"][0]["kinesis"]["partitionKey"] = 5
    document = inspect_json(event)
    assert document["file"] == "standard input" and document["source"] == "kinesis"
    assert document["problems"] == [{"path": "$.Records[0].kinesis.partitionKey", "message": "expected str, got int"}]
    assert [(item["kind"], item["value"]) for item in document["decoded"]] == [
        ("binary", {"bytes": 2, "base64": "AP8="}),
        ("text", "plain text"),
        ("json", {"n": 1}),
    ]


def test_nested_payloads_of_many_sources_are_decoded() -> None:
    logs = inspect_json(cloudwatch_logs_event(messages=["one", "two"], seed=1))["decoded"][0]
    assert logs["kind"] == "cloudwatch logs" and [e["message"] for e in logs["value"]["logEvents"]] == ["one", "two"]
    images = inspect_json(dynamodb_event(new_images=[{"id": "a", "price": Decimal("9.50")}]))
    assert images["decoded"][1] == {
        "path": "$.Records[0].dynamodb.NewImage",
        "kind": "dynamodb image",
        "value": {"id": "a", "price": 9.5},
    }
    binary_body = inspect_json(api_gateway_event(method="POST", body=json.dumps({"a": 1}).encode()))
    assert binary_body["decoded"] == [{"path": "$.body", "kind": "base64 json", "value": {"a": 1}}]
    s3 = s3_event(keys=["a b.txt"], seed=1)
    nested = inspect_json(sqs_event(bodies=[sns_notification(message=s3), s3], seed=1))["decoded"]
    assert [(item["path"], item["kind"]) for item in nested] == [
        ("$.Records[0].body", "sns notification"),
        ("$.Records[0].body.Message", "s3 event"),
        ("$.Records[1].body", "s3 event"),
    ]
    assert nested[2]["value"] == s3


def test_an_undecodable_payload_is_reported_not_fatal() -> None:
    event = kinesis_event(data=[b"x"], seed=1)
    event["Records"][0]["kinesis"]["data"] = "not base64!"
    document = inspect_json(event)
    assert document["valid"] and document["decoded"][0]["kind"] == "error"
    assert document["decoded"][0]["value"].startswith("invalid base64")


def test_decoded_payloads_are_redacted_unless_asked_not_to() -> None:
    login = {"user": "jane", "password": "hunter2", "headers": {"Authorization": "Bearer s3cr3t"}}
    event = sqs_event(bodies=[login], seed=1)
    status, out = run_here("inspect", "-", stdin=json.dumps(event))
    assert status == 0 and "hunter2" not in out and "s3cr3t" not in out and '"password": "[SENSITIVE]"' in out
    assert inspect_json(event)["decoded"][0]["value"] == {
        "user": "jane",
        "password": "[SENSITIVE]",
        "headers": {"Authorization": "[SENSITIVE]"},
    }
    assert inspect_json(event, "--no-redact")["decoded"][0]["value"] == login


# --- sources and sample --------------------------------------------------------------------------------


def test_sources_lists_every_source_with_its_type() -> None:
    status, out = run_here("sources")
    lines = out.splitlines()
    assert status == 0 and [line.split()[0] for line in lines] == list(EVENT_SOURCE_TYPE_NAMES)
    assert set(line.split()[0] for line in lines) == set(SOURCES)
    for line in lines:
        source, type_name = line.split()[:2]
        assert type_name == EVENT_SOURCE_TYPE_NAMES[typing.cast(EventSource, source)]
    alb = next(line for line in lines if line.startswith("alb "))
    assert alb.endswith("ALBEventDict = ALBSingleValueEventDict | ALBMultiValueEventDict")


@pytest.mark.parametrize("source", SOURCES)
def test_sample_prints_a_valid_event_of_the_source(source: EventSource) -> None:
    status, out = run_here("sample", source, "--seed", "3", "--at", "2024-05-17T09:30:00Z")
    event = json.loads(out)
    assert status == 0 and detect_event_source(event) == source
    assert find_event_problems(event, getattr(lambda_events, EVENT_SOURCE_TYPE_NAMES[source])) == []
    assert run_here("sample", source, "--seed", "3", "--at", "2024-05-17T09:30:00") == (status, out)


def test_sample_from_the_script() -> None:
    status, out, err = run_tool("sample", "sqs")
    assert (status, err) == (0, "") and detect_event_source(json.loads(out)) == "sqs"


# --- errors ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["inspect", "-", "--type", "SQSEventDict"], "{not json", "standard input: not valid JSON: "),
        (["inspect", "-", "--type", "SQSEvent"], "{}", "unknown type name 'SQSEvent' (did you mean SQSEventDict"),
        (["inspect", "/nonexistent/event.json"], "", "cannot read /nonexistent/event.json: "),
        (
            ["inspect", "-"],
            '{"hello": "world"}',
            "cannot tell which service sent standard input: no source's type fits its top level; pass --type NAME",
        ),
        (["inspect", "--type", "SQSEventDict"], "", "--type needs a FILE"),
        (["sample", "sqss"], "", "unknown source 'sqss' (did you mean sqs"),
        (["sample", "sqs", "--seed", "x"], "", "argument --seed: invalid int value: 'x'"),
        (["sample", "sqs", "--at", "yesterday"], "", "argument --at: expected an ISO 8601 time such as 2024-05-17T09"),
        (["sample"], "", "the following arguments are required: SOURCE"),
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
    path = str(fixture_named("snsEvent.json").path)
    assert main(["inspect", path, "--type", "SNSEventDict"]) == 0
    assert capsys.readouterr().out == f"{path}: SNSEventDict (source sns): valid\n"
    assert main(["sample", "nope"]) == 2
    assert capsys.readouterr().err.startswith("lambda-events: error: unknown source 'nope'")


def test_base64_in_text_output_is_shortened() -> None:
    event = kinesis_event(data=[base64.b64encode(b"x" * 400)], seed=1)
    status, out = run_here("inspect", "-", stdin=json.dumps(event))
    line = out.splitlines()[1]
    assert status == 0 and line.endswith(" ...") and len(line) < 260
