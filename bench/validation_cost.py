"""Validation and header lookups at scale: `find_event_problems` per record, `get_header` per header.

Both must be linear: the time per record (per header) stays flat from the smallest to the largest size.

- `find_event_problems` on SQS batches (typical records from the test factory) and on DynamoDB stream
  batches (the union of record kinds, nested attribute values), 10 to 10,000 records.
- `get_header` / `get_multi_value_header` looking up every header of a request once, by its name in
  another case (not the exact key), 10 to 1,000 headers: names capitalised as browsers send them
  (`X-Custom-Header-7`), and names in an unusual case (`x-CUSTOM-header-7`), which only a scan finds;
  and every value of every header read from the one-pass table of `get_all_headers`.

With `--baseline REV` (for example `python bench/validation_cost.py --baseline a465e3c`) the same cases
also run against the code of `validation.py` and `http.py` as committed at REV, loaded from git into
modules of their own, interleaved with the current code in the same process; the ratio column is the
current code's time over REV's. Without it, the ratio is the time per unit over the smallest size's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _harness import Section, compare_calls, format_seconds, machine_label

import lambda_events.helpers.http as http_now
import lambda_events.helpers.validation as validation_now
from lambda_events import DynamoDBStreamEventDict, SQSEventDict, serialize_dynamodb_item
from lambda_events.testing import sqs_event

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"records": (10, 100, 1000, 10000), "headers": (10, 100, 1000)}
ROUNDS = 15


def module_at(revision: str, relative_path: str, name: str) -> types.ModuleType:
    """The module in `relative_path` as committed at `revision`, imported under `name`."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:{relative_path}"], capture_output=True, text=True, check=True
    ).stdout
    module = types.ModuleType(name)
    module.__file__ = f"{revision}:{relative_path}"
    sys.modules[name] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def dynamodb_event(count: int) -> dict[str, Any]:
    """`count` stream records cycling through INSERT, MODIFY and REMOVE, with 8-attribute images."""
    records: list[dict[str, Any]] = []
    for index in range(count):
        item = serialize_dynamodb_item(
            {"pk": f"order#{index}", "sk": index, "tags": {"a", "b"}, "total": index * 3, "paid": index % 2 == 0,
             "lines": [{"sku": "x", "qty": 1}], "address": {"city": "Paris", "zip": "75001"}, "note": None}
        )
        keys = {"pk": item["pk"], "sk": item["sk"]}
        name = ("INSERT", "MODIFY", "REMOVE")[index % 3]
        images = {
            "INSERT": {"NewImage": item},
            "MODIFY": {"OldImage": item, "NewImage": item},
            "REMOVE": {"OldImage": item},
        }
        records.append(
            {
                "eventID": f"{index:032x}",
                "eventName": name,
                "eventVersion": "1.1",
                "eventSource": "aws:dynamodb",
                "awsRegion": "eu-west-1",
                "dynamodb": {
                    "ApproximateCreationDateTime": 1717000000 + index,
                    "Keys": keys,
                    **images[name],
                    "SequenceNumber": f"{index + 1:021d}",
                    "SizeBytes": 120,
                    "StreamViewType": "NEW_AND_OLD_IMAGES",
                },
                "eventSourceARN": "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2024-05-17T09:30:00.000",
            }
        )
    return {"Records": records}


def headers_event(count: int, unusual_case: bool = False) -> dict[str, Any]:
    """A REST API request with `count` headers in both single- and multi-value form."""
    template = "x-CUSTOM-header-{}" if unusual_case else "X-Custom-Header-{}"
    headers = {template.format(index): f"value {index}" for index in range(count)}
    return {"headers": headers, "multiValueHeaders": {name: [value] for name, value in headers.items()}}


def every_header(lookup: Callable[[Any, str], object], event: dict[str, Any]) -> Callable[[], object]:
    """Look up each header of `event` once, by its lower-case name."""
    names = [name.lower() for name in event["headers"]]
    return lambda: [lookup(event, name) for name in names]


def every_header_from_the_table(event: dict[str, Any]) -> Callable[[], object]:
    """Build `get_all_headers`' table once, then read each header of `event` from it by lower-case name."""
    names = [name.lower() for name in event["headers"]]

    def read() -> object:
        table = http_now.get_all_headers(event)
        return [table.get(name, []) for name in names]

    return read


def rows_for(
    title: str,
    unit: str,
    cases: Sequence[tuple[int, Callable[[], object]]],
    baseline: Sequence[Callable[[], object]],
    rounds: int,
) -> list[str]:
    """Time each size (and its baseline, interleaved, when given); one row per size with time per unit."""
    variants = [(f"{size}", function) for size, function in cases]
    variants += [(f"{size} at baseline", function) for (size, _), function in zip(cases, baseline)]
    measurements = compare_calls(variants, rounds=rounds)
    now, before = measurements[: len(cases)], measurements[len(cases) :]
    rows: list[str] = []
    for index, ((size, _), measurement) in enumerate(zip(cases, now)):
        per_unit = measurement.seconds / size
        if before:
            then = before[index].seconds / size
            rows.append(
                f"| {title} | {size:,} {unit} | {format_seconds(then)} | {format_seconds(per_unit)} | "
                f"{per_unit / then:.2f}x |"
            )
        else:
            rows.append(
                f"| {title} | {size:,} {unit} | {format_seconds(per_unit)} | "
                f"{per_unit / (now[0].seconds / cases[0][0]):.2f} |"
            )
    return rows


def main(baseline_revision: str | None = None, rounds: int = ROUNDS) -> Section:
    """Measure every case at every size; return the Markdown section (no chart bars)."""
    validation_before = http_before = None
    if baseline_revision is not None:
        validation_before = module_at(baseline_revision, "src/lambda_events/helpers/validation.py", "validation_before")
        http_before = module_at(baseline_revision, "src/lambda_events/helpers/http.py", "http_before")
    if baseline_revision is None:
        header = ["| case | size | per unit | per unit / smallest's |", "|---|---|---:|---:|"]
    else:
        header = [
            f"| case | size | per unit at {baseline_revision} | per unit now | now / then |",
            "|---|---|---:|---:|---:|",
        ]
    title = "### Validation and header lookups at scale"
    lines = [title, "", f"Median of {rounds} interleaved rounds. {machine_label()}.", "", *header]

    def validation_rows(title: str, events: dict[int, Any], expected_type: object) -> list[str]:
        def check(module: Any, event: Any) -> Callable[[], object]:
            return lambda: module.find_event_problems(event, expected_type)

        cases = [(size, check(validation_now, event)) for size, event in events.items()]
        then = [check(validation_before, event) for event in events.values()] if validation_before else []
        return rows_for(title, "records", cases, then, rounds)

    sqs = {size: sqs_event(bodies=[{"order": index} for index in range(size)], seed=1) for size in SIZES["records"]}
    lines += validation_rows("find_event_problems, SQS", sqs, SQSEventDict)
    dynamodb = {size: dynamodb_event(size) for size in SIZES["records"]}
    assert validation_now.find_event_problems(dynamodb[10], DynamoDBStreamEventDict) == []
    lines += validation_rows("find_event_problems, DynamoDB", dynamodb, DynamoDBStreamEventDict)

    for function_name in ("get_header", "get_multi_value_header"):
        for unusual_case in (False, True):
            events = {size: headers_event(size, unusual_case) for size in SIZES["headers"]}
            cases = [(size, every_header(getattr(http_now, function_name), event)) for size, event in events.items()]
            lookup_before = getattr(http_before, function_name, None)
            then = [every_header(lookup_before, event) for event in events.values()] if lookup_before else []
            names = "names in an unusual case" if unusual_case else "capitalised names"
            lines += rows_for(f"{function_name}, every header, {names}", "headers", cases, then, rounds)
    for unusual_case in (False, True):
        events = {size: headers_event(size, unusual_case) for size in SIZES["headers"]}
        cases = [(size, every_header_from_the_table(event)) for size, event in events.items()]
        names = "names in an unusual case" if unusual_case else "capitalised names"
        lines += rows_for(f"get_all_headers, then every header, {names}", "headers", cases, [], rounds)
    return Section("\n".join(lines) + "\n", [])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--baseline", metavar="REV", help="also run the code of this git revision, side by side")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"rounds per comparison (default {ROUNDS})")
    arguments = parser.parse_args()
    print(main(arguments.baseline, arguments.rounds).markdown)
