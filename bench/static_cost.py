"""Static checking cost: mypy --strict (cold and warm cache) and pyright strict on ten handlers, per surface.

The same ten handlers (SQS, SNS, S3, API Gateway REST, HTTP API, DynamoDB, Kinesis, EventBridge, Cognito
pre sign-up, ALB), each reading the fields a real handler reads, are checked against:
- every candidate public surface of lambda-events built by `_surface_variants.py` (today's package and the
  alternatives of issue 16), each in its own virtual environment whose site-packages holds only that copy;
- aws-lambda-typing, installed the same way (copied from `bench/.venv`);
- no event types at all (`dict[str, Any]`): the floor set by typeshed alone.
Per round and variant: mypy --strict with a fresh cache (cold), mypy again after an edit to one handler
(warm: the cache is reused, one module is re-checked), pyright strict. Variants run interleaved; the
figures are medians of `--rounds` rounds (15 by default).

The errors each checker reports are counted too (aws-lambda-typing 2.20 has no pre sign-up type: its
Cognito handler uses `CognitoPostConfirmationSignUpEvent`, the nearest shape). Wall time on a shared
machine swings with the other processes; the CPU time (user + system) of the checker is the steadier
figure, and both are reported.

Run: `bench/.venv/bin/python bench/static_cost.py [--rounds N] [--surfaces] [--only SUBSTRING ...]`; the
part-1 study of issue 16 used `--surfaces` (its findings: bench/SURFACES.md).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from _harness import Section, format_seconds, machine_label  # noqa: E402
from _surface_variants import PER_SOURCE_HELPERS, VARIANTS, build  # noqa: E402

BIN = Path(sys.executable).parent
ROUNDS = 15
BASELINE = "aws-lambda-typing"
FLOOR = "no event types"
CHECKOUT = "a. this checkout"

# Handler -> (our type module, our type, aws-lambda-typing's type, body reading the usual fields).
HANDLERS: dict[str, tuple[str, str, str, str]] = {
    "sqs": (
        "sqs",
        "SQSEventDict",
        "SQSEvent",
        'return [r["body"] + r["messageId"] + r["attributes"]["ApproximateReceiveCount"] for r in event["Records"]]',
    ),
    "sns": (
        "sns",
        "SNSEventDict",
        "SNSEvent",
        'return [r["Sns"]["Message"] + r["Sns"]["TopicArn"] for r in event["Records"]]',
    ),
    "s3": (
        "s3",
        "S3EventDict",
        "S3Event",
        'return [r["s3"]["bucket"]["name"] + "/" + r["s3"]["object"]["key"] + r["eventName"] for r in event["Records"]]',
    ),
    "rest": (
        "api_gateway",
        "APIGatewayProxyEventDict",
        "APIGatewayProxyEventV1",
        'return [event["httpMethod"], event["path"], event["requestContext"]["requestId"]]',
    ),
    "http_api": (
        "api_gateway_v2",
        "APIGatewayProxyEventV2Dict",
        "APIGatewayProxyEventV2",
        'return [event["rawPath"], event["requestContext"]["http"]["method"], event["requestContext"]["requestId"]]',
    ),
    "dynamodb": (
        "dynamodb",
        "DynamoDBStreamEventDict",
        "DynamoDBStreamEvent",
        'return [r["eventName"] + r["eventID"] + str(r["dynamodb"]) for r in event["Records"]]',
    ),
    "kinesis": (
        "kinesis",
        "KinesisStreamEventDict",
        "KinesisStreamEvent",
        'return [r["kinesis"]["data"] + r["eventID"] for r in event["Records"]]',
    ),
    "eventbridge": (
        "eventbridge",
        "EventBridgeEventDict",
        "EventBridgeEvent",
        'return [event["source"], event["detail-type"], str(event["detail"])]',
    ),
    "cognito_pre_sign_up": (
        "cognito",
        "PreSignUpTriggerEventDict",
        "CognitoPostConfirmationSignUpEvent",  # 2.20 has no pre sign-up type: the nearest shape
        'return [event["userName"], event["triggerSource"], str(event["request"]["userAttributes"])]',
    ),
    "alb": (
        "alb",
        "ALBEventDict",
        "ALBEvent",
        'return [event["httpMethod"], event["path"]]',
    ),
}


@dataclass(frozen=True)
class Project:
    """One measured variant: its handler directory and the interpreter whose site-packages it sees."""

    name: str
    directory: Path
    python: Path


def write_handlers(directory: Path, variant: str) -> None:
    """Write the ten handler modules of one variant, and a strict pyright configuration."""
    directory.mkdir(parents=True)
    for handler, (module, ours, theirs, body) in HANDLERS.items():
        if variant == FLOOR:
            header, annotation = "from typing import Any\n", "dict[str, Any]"
        elif variant == BASELINE:
            header, annotation = f"from aws_lambda_typing.events import {theirs}\n", theirs
        elif variant.startswith("e.") and module in PER_SOURCE_HELPERS:
            header, annotation = f"from lambda_events.{module} import {ours}\n", ours
        else:
            header, annotation = f"from lambda_events import {ours}\n", ours
        text = (
            f'"""The {handler} handler."""\n\n{header}\n\n'
            f"def handler(event: {annotation}, context: object) -> list[str]:\n"
            f'    """Read the fields a real handler reads."""\n    {body}\n'
        )
        (directory / f"{handler}_handler.py").write_text(text, encoding="utf-8")
    (directory / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": f"3.{sys.version_info.minor}"}), encoding="utf-8"
    )


def make_environment(root: Path, site: Path) -> Path:
    """A pip-less virtual environment whose site-packages adds `site` (a `.pth` file); returns its python."""
    venv = root / "venv"
    base_python = getattr(sys, "_base_executable", sys.executable)  # the interpreter under this venv
    subprocess.run([base_python, "-m", "venv", "--without-pip", str(venv)], check=True)
    (next(venv.glob("lib/python3*/site-packages")) / "variant.pth").write_text(f"{site}\n", encoding="utf-8")
    return venv / "bin" / "python"


def prepare(root: Path, variant: str) -> Project:
    """Build the variant's package copy (or copy aws-lambda-typing), its environment and its handlers."""
    base = root / re.sub(r"\W+", "_", variant)
    site = base / "site"
    site.mkdir(parents=True)
    if variant in VARIANTS:
        build(variant, site)
    elif variant == BASELINE:
        import aws_lambda_typing

        shutil.copytree(Path(aws_lambda_typing.__file__).parent, site / "aws_lambda_typing")
    write_handlers(base / "project", variant)
    return Project(variant, base / "project", make_environment(base, site))


def mypy_command(project: Project, cache: Path, *extra: str) -> list[str]:
    """mypy --strict on the project's handlers, seeing the variant's site-packages."""
    return [
        str(BIN / "mypy"),
        "--strict",
        "--python-executable",
        str(project.python),
        "--cache-dir",
        str(cache),
        *extra,
        ".",
    ]


def pyright_command(project: Project, *extra: str) -> list[str]:
    """pyright strict on the project's handlers, seeing the variant's site-packages."""
    return [str(BIN / "pyright"), "--pythonpath", str(project.python), "-p", "pyrightconfig.json", *extra, "."]


def timed(command: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall time, CPU time (user + system of the checker's processes) and output of one checker run.

    The CPU time is the steadier figure on a shared machine: other processes lengthen the wall time of a
    run but barely change the CPU it needs.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, result.stdout + result.stderr


def error_count(output: str) -> int:
    """Errors a checker reported (mypy's `Found N errors`, pyright's `N errors, `)."""
    match = re.search(r"Found (\d+) errors?|(\d+) errors?, ", output)
    return int(next(group for group in match.groups() if group)) if match else 0


CHECKS = ("mypy cold", "mypy warm", "pyright")
CPU_CHECKS = tuple(f"{check} cpu" for check in CHECKS)


def measure(projects: list[Project], rounds: int, scratch: Path, record: Path) -> dict[str, dict[str, list[float]]]:
    """Interleaved rounds of the three checks over every project; returns the samples and prints progress."""
    samples: dict[str, dict[str, list[float]]] = {p.name: {c: [] for c in CHECKS + CPU_CHECKS} for p in projects}
    errors: dict[str, dict[str, int]] = {p.name: {} for p in projects}
    for round_number in range(rounds):
        for project in projects:
            cache = scratch / f"cache-{round_number}-{project.directory.parent.name}"
            cold = timed(mypy_command(project, cache), project.directory)
            output = cold[2]
            errors[project.name]["mypy"] = error_count(output)
            edited = project.directory / "sqs_handler.py"
            edited.write_text(edited.read_text(encoding="utf-8") + f"# edit {round_number}\n", encoding="utf-8")
            warm = timed(mypy_command(project, cache), project.directory)
            shutil.rmtree(cache)
            checked = timed(pyright_command(project), project.directory)
            errors[project.name]["pyright"] = error_count(checked[2])
            for check, cpu_check, (wall, cpu, _) in zip(CHECKS, CPU_CHECKS, (cold, warm, checked)):
                samples[project.name][check].append(wall)
                samples[project.name][cpu_check].append(cpu)
        print(f"round {round_number + 1}/{rounds} done", file=sys.stderr, flush=True)
        record.write_text(json.dumps(samples, indent=1), encoding="utf-8")
    for name, counts in errors.items():
        samples[name]["errors"] = [float(counts["mypy"]), float(counts["pyright"])]
    return samples


def table(samples: dict[str, dict[str, list[float]]], rounds: int) -> str:
    """Markdown: median per check and variant, ratio to aws-lambda-typing, errors each checker reported."""
    medians = {name: {c: statistics.median(s[c]) for c in CHECKS + CPU_CHECKS} for name, s in samples.items()}
    lines = [
        "### Static checking cost (ten handlers)",
        "",
        f"Median of {rounds} interleaved rounds; ratio against aws-lambda-typing. Wall time, then CPU time "
        f"(user + system) of the checker's processes. {machine_label()}.",
        "",
        "| variant | mypy --strict cold | mypy warm | pyright strict "
        "| CPU: mypy cold | CPU: mypy warm | CPU: pyright | errors (mypy / pyright) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    reference = medians.get(BASELINE)
    for name, row in medians.items():
        cells = []
        for check in CHECKS + CPU_CHECKS:
            ratio = f" ({row[check] / reference[check]:.2f}x)" if reference else ""
            cells.append(f"{format_seconds(row[check])}{ratio}")
        mypy_errors, pyright_errors = (int(v) for v in samples[name]["errors"])
        lines.append(f"| {name} | {' | '.join(cells)} | {mypy_errors} / {pyright_errors} |")
    return "\n".join(lines) + "\n"


def main(
    rounds: int = ROUNDS,
    surfaces: bool = False,
    only: list[str] | None = None,
    record: Path = BENCH_DIR / "static_cost_samples.json",
) -> Section:
    """Measure the package as it is (or, with `surfaces`, every candidate surface); return the section."""
    names = [BASELINE, FLOOR, *(VARIANTS if surfaces else [CHECKOUT])]
    if only:
        names = [name for name in names if name in (BASELINE, FLOOR) or any(word in name for word in only)]
    with tempfile.TemporaryDirectory() as temporary:
        scratch = Path(temporary)
        projects = [prepare(scratch, name) for name in names]
        samples = measure(projects, rounds, scratch, record)
    bars = []
    if CHECKOUT in samples:
        for check in ("mypy cold cpu", "pyright cpu"):
            ratio = statistics.median(samples[BASELINE][check]) / statistics.median(samples[CHECKOUT][check])
            bars.append((f"{check.removesuffix(' cpu')}: aws-lambda-typing / ours", ratio))
    return Section(table(samples, rounds), bars)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--surfaces", action="store_true", help="also every candidate surface of _surface_variants")
    parser.add_argument("--only", nargs="*", help="measure only the variants whose name contains one of these")
    parser.add_argument("--record", type=Path, default=BENCH_DIR / "static_cost_samples.json", help="raw samples (JSON)")
    arguments = parser.parse_args()
    print(main(arguments.rounds, arguments.surfaces, arguments.only, arguments.record).markdown)
