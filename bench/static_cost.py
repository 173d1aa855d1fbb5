"""Static checking cost: mypy (cold and warm cache) and pyright on a 20-handler project, four ways.

The same 20 handlers (four each for SQS, SNS, S3, API Gateway REST and DynamoDB streams, reading the fields a
real handler reads) are written four times: annotated with our types, with aws-lambda-typing's, with
Powertools' data classes, and with no event types (`dict[str, Any]`). Each project is checked in strict mode
with a fresh mypy cache and by pyright; the variants run interleaved, median of three runs. The errors each
checker reports are counted too: strict mode is where the other libraries' types show their gaps.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import Section, format_seconds, machine_label

ROUNDS = 3
BIN = Path(sys.executable).parent

# Per variant: the module the event types come from, and each source's type (no module: a plain dict).
VARIANTS: dict[str, tuple[str, dict[str, str]]] = {
    "lambda-events": (
        "lambda_events",
        {
            "sqs": "SQSEventDict",
            "sns": "SNSEventDict",
            "s3": "S3EventDict",
            "apigw": "APIGatewayProxyEventDict",
            "dynamodb": "DynamoDBStreamEventDict",
        },
    ),
    "aws-lambda-typing": (
        "aws_lambda_typing.events",
        {
            "sqs": "SQSEvent",
            "sns": "SNSEvent",
            "s3": "S3Event",
            "apigw": "APIGatewayProxyEventV1",
            "dynamodb": "DynamoDBStreamEvent",
        },
    ),
    "no event types": ("", {}),
}

# Handler bodies over the plain dict (ours, aws-lambda-typing, untyped) ...
DICT_BODIES = {
    "sqs": 'return [record["body"] + record["attributes"]["ApproximateReceiveCount"] + record["messageId"] for record in event["Records"]]',
    "sns": 'return [record["Sns"]["Message"] + record["Sns"]["TopicArn"] + (record["Sns"]["Subject"] or "") for record in event["Records"]]',
    "s3": 'return [record["s3"]["bucket"]["name"] + "/" + record["s3"]["object"]["key"] + record["eventName"] for record in event["Records"]]',
    "apigw": 'return [event["httpMethod"] + event["path"] + str((event["headers"] or {}).get("Host")) + event["requestContext"]["requestId"]]',
    "dynamodb": 'return [record["eventName"] + str(record["dynamodb"]["Keys"]) + record["eventID"] for record in event["Records"]]',
}
# ... and over Powertools' wrappers, reading the same fields.
POWERTOOLS_BODIES = {
    "sqs": "return [r.body + str(r.attributes.approximate_receive_count) + r.message_id for r in SQSEvent(event).records]",
    "sns": 'return [r.sns.message + r.sns.topic_arn + (r.sns.subject or "") for r in SNSEvent(event).records]',
    "s3": 'return [r.s3.bucket.name + "/" + r.s3.get_object.key + r.event_name for r in S3Event(event).records]',
    "apigw": 'e = APIGatewayProxyEvent(event)\n    return [e.http_method + e.path + str(e.headers.get("Host")) + e.request_context.request_id]',
    "dynamodb": "return [str(r.event_name) + str(r.dynamodb.keys if r.dynamodb else None) + str(r.event_id) for r in DynamoDBStreamEvent(event).records]",
}
POWERTOOLS_CLASSES = {
    "sqs": "SQSEvent",
    "sns": "SNSEvent",
    "s3": "S3Event",
    "apigw": "APIGatewayProxyEvent",
    "dynamodb": "DynamoDBStreamEvent",
}
HANDLERS_PER_SOURCE = 4


def write_project(directory: Path, variant: str) -> None:
    """Write the 20 handler modules of one variant into `directory`."""
    directory.mkdir(parents=True)
    for source in DICT_BODIES:
        for number in range(HANDLERS_PER_SOURCE):
            if variant == "Powertools data classes":
                module, annotation = "aws_lambda_powertools.utilities.data_classes", "dict[str, Any]"
                header = f"from typing import Any\n\nfrom {module} import {POWERTOOLS_CLASSES[source]}\n"
                body = POWERTOOLS_BODIES[source]
            else:
                module, names = VARIANTS[variant]
                annotation = names.get(source, "dict[str, Any]")
                header = f"from {module} import {annotation}\n" if module else "from typing import Any\n"
                body = DICT_BODIES[source]
            signature = f"def handler(event: {annotation}, context: object) -> list[str]:"
            text = f'"""Handler {number} for {source}."""\n\n{header}\n\n{signature}\n    """Handle."""\n    {body}\n'
            (directory / f"{source}_handler_{number}.py").write_text(text, encoding="utf-8")


def run_checker(command: list[str], cwd: Path) -> tuple[float, int]:
    """Run a checker; return its wall time and the number of errors it reported."""
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)
    elapsed = time.perf_counter() - start
    match = re.search(r"Found (\d+) errors?|(\d+) errors?, ", result.stdout)
    errors = int(next(group for group in match.groups() if group)) if match else 0
    return elapsed, errors


def main() -> Section:
    """Measure every variant with both checkers; return the Markdown section."""
    names = [*VARIANTS, "Powertools data classes"]
    timings: dict[tuple[str, str], list[float]] = {}
    errors: dict[tuple[str, str], int] = {}
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        for name in names:
            write_project(root / name.replace(" ", "_"), name)
        for round_number in range(ROUNDS):
            for name in names:
                project = root / name.replace(" ", "_")
                cache = root / f"cache_{round_number}_{name.replace(' ', '_')}"
                mypy = [str(BIN / "mypy"), "--strict", "--cache-dir", str(cache), "."]
                # Insertion order matters: the warm run reuses the cache the cold run just wrote.
                commands = {
                    "mypy --strict (cold cache)": mypy,
                    "mypy --strict (warm cache)": mypy,
                    "pyright (strict)": [
                        str(BIN / "pyright"),
                        "--pythonpath",
                        sys.executable,
                        "-p",
                        str(write_pyright_config(project)),
                        ".",
                    ],
                }
                for checker, command in commands.items():
                    elapsed, count = run_checker(command, project)
                    timings.setdefault((name, checker), []).append(elapsed)
                    errors[(name, checker)] = count
    def median_of(name: str, checker: str) -> float:
        return sorted(timings[(name, checker)])[ROUNDS // 2]

    lines = [
        "### Static checking cost (20 handlers)",
        "",
        f"Wall time, median of {ROUNDS} interleaved runs; ratio against the project with no event types. "
        f"{machine_label()}.",
        "",
        "| project | checker | median | ratio | errors reported |",
        "|---|---|---:|---:|---:|",
    ]
    for checker in ("mypy --strict (cold cache)", "mypy --strict (warm cache)", "pyright (strict)"):
        baseline = median_of("no event types", checker)
        for name in names:
            median = median_of(name, checker)
            lines.append(
                f"| {name} | {checker} | {format_seconds(median)} | {median / baseline:.2f}x | {errors[(name, checker)]} |"
            )
    bars = [
        (f"{checker}: {other} / ours", median_of(other, checker) / median_of("lambda-events", checker))
        for checker in ("mypy --strict (cold cache)", "pyright (strict)")
        for other in ("Powertools data classes", "aws-lambda-typing")
    ]
    return Section("\n".join(lines) + "\n", bars)


def write_pyright_config(project: Path) -> Path:
    """A strict pyright configuration for one generated project."""
    config = project / "pyrightconfig.json"
    config.write_text(
        '{"typeCheckingMode": "strict", "pythonVersion": "3.11"}',
        encoding="utf-8",
    )
    return config


if __name__ == "__main__":
    print(main().markdown)
