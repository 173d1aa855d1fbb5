"""Scale: decoders on the largest payloads Lambda delivers, at three sizes each, to show linear growth.

- A synchronous invocation's body up to the 6 MB payload limit (`decode_body` on a base64 HTTP body).
- An SQS batch of up to 10,000 records (batch windows), each body decoded with `decode_sqs_json`.
- A CloudWatch Logs subscription payload up to about 1 MB compressed (`decode_cloudwatch_logs`).

For each, the time per unit (per MB or per record) at each size should stay flat; the last column divides
it by the smallest size's.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from typing import Any

from _harness import Section, compare_calls, format_seconds, machine_label
from _events import cloudwatch_logs_event

from lambda_events import decode_body, decode_cloudwatch_logs, decode_sqs_json


def http_event(megabytes: float) -> dict[str, Any]:
    """An HTTP API event whose base64 body decodes to `megabytes` of binary data."""
    body = random.Random(7).randbytes(int(megabytes * 1_000_000 * 3 / 4))
    return {"body": base64.b64encode(body).decode(), "isBase64Encoded": True}


def sqs_records(count: int) -> list[dict[str, Any]]:
    """`count` SQS records with small JSON bodies."""
    return [{"body": json.dumps({"orderId": f"o-{index}", "total": index * 3})} for index in range(count)]


def rows_for(title: str, unit: str, cases: list[tuple[float, Callable[[], object]]]) -> list[str]:
    """Time each size, interleaved; one row per size with time per unit."""
    measurements = compare_calls([(f"{size:g}", function) for size, function in cases], rounds=7)
    per_unit = [m.seconds / size for m, (size, _) in zip(measurements, cases)]
    return [
        f"| {title} | {size:g} {unit} | {format_seconds(m.seconds)} | {format_seconds(unit_time)} | "
        f"{unit_time / per_unit[0]:.2f} |"
        for (size, _), m, unit_time in zip(cases, measurements, per_unit)
    ]


def main() -> Section:
    """Measure the three decoders at three sizes; return the Markdown section."""
    lines = [
        "### Scale: time grows linearly with size",
        "",
        f"Median of 7 interleaved rounds. {machine_label()}.",
        "",
        "| decoder | size | time | per unit | per unit / smallest |",
        "|---|---|---:|---:|---:|",
    ]
    events = {size: http_event(size) for size in (1.5, 3.0, 6.0)}
    lines += rows_for("decode_body (base64)", "MB", [(size, lambda e=event: decode_body(e)) for size, event in events.items()])
    batches = {count: sqs_records(count) for count in (2500, 5000, 10000)}
    lines += rows_for(
        "decode_sqs_json over a batch",
        "records",
        [(count, lambda b=batch: [decode_sqs_json(record) for record in b]) for count, batch in batches.items()],
    )
    logs = {count: cloudwatch_logs_event(count) for count in (5500, 11000, 22000)}
    sizes = {count: len(event["awslogs"]["data"]) / 1_000_000 for count, event in logs.items()}
    lines += rows_for(
        "decode_cloudwatch_logs",
        "MB (base64)",
        [(round(sizes[count], 2), lambda e=event: decode_cloudwatch_logs(e)) for count, event in logs.items()],
    )
    return Section("\n".join(lines) + "\n", [])


if __name__ == "__main__":
    print(main().markdown)
