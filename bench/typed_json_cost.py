"""The cost of the JSON decoders' typed forms: `as_json=True` and `type=SomeTypedDict`, against the untyped call.

The document is an order as a queue might carry it (an id, a status `Literal`, a customer object, a list of
line items, optional keys), in an SQS record's body; `type=` checks it against the TypedDicts below with
`find_event_problems`. The floor is `json.loads` of the body. The scale rows repeat the line items to show
the check's cost per item staying flat.

Run it alone with `.venv/bin/python bench/typed_json_cost.py` (it needs only the package).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Literal, Optional

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from _harness import Section, compare_calls, format_seconds, machine_label, markdown_table  # noqa: E402
from typing_extensions import NotRequired, TypedDict  # noqa: E402

from lambda_events import decode_sqs_json  # noqa: E402


class CustomerDict(TypedDict):
    """Who placed the order."""

    id: str
    email: Optional[str]


class LineDict(TypedDict):
    """One line of the order."""

    sku: str
    quantity: int
    price: float


class OrderDict(TypedDict):
    """The order a producer sends."""

    id: str
    status: Literal["NEW", "PAID", "SHIPPED"]
    customer: CustomerDict
    lines: list[LineDict]
    coupon: NotRequired[Optional[str]]
    attributes: NotRequired[dict[str, str]]


def order_record(lines: int) -> dict[str, Any]:
    """An SQS record whose body is an order of `lines` line items."""
    order = {
        "id": "order-1001",
        "status": "PAID",
        "customer": {"id": "c-7", "email": None},
        "lines": [{"sku": f"sku-{index}", "quantity": index % 5 + 1, "price": 9.5} for index in range(lines)],
        "attributes": {"channel": "web", "region": "eu"},
    }
    return {"messageId": "m-1", "body": json.dumps(order)}


def main() -> Section:
    """Compare the three forms on a 3-line order, then the `type=` check from 3 to 3,000 lines."""
    record = order_record(3)
    body = record["body"]
    measurements = compare_calls(
        [
            ("floor: json.loads(body)", lambda: json.loads(body)),
            ("decode_sqs_json(record)", lambda: decode_sqs_json(record)),
            ("decode_sqs_json(record, as_json=True)", lambda: decode_sqs_json(record, as_json=True)),
            ("decode_sqs_json(record, type=OrderDict)", lambda: decode_sqs_json(record, type=OrderDict)),
        ]
    )
    sections = [markdown_table("Typed JSON: an order of 3 lines in an SQS body", measurements, "the floor")]
    rows = ["### Typed JSON at scale", "", f"{machine_label()}.", ""]
    rows += ["| lines | untyped | type=OrderDict | check per line |", "|---:|---:|---:|---:|"]
    for lines in (3, 30, 300, 3000):
        scaled = order_record(lines)
        untyped, typed = compare_calls(
            [("untyped", lambda: decode_sqs_json(scaled)), ("typed", lambda: decode_sqs_json(scaled, type=OrderDict))]
        )
        per_line = (typed.seconds - untyped.seconds) / lines
        times = [format_seconds(seconds) for seconds in (untyped.seconds, typed.seconds, per_line)]
        rows.append(f"| {lines} | {' | '.join(times)} |")
    sections.append("\n".join(rows) + "\n")
    return Section("\n".join(sections), [])  # the chart compares lambda-events with alternatives: none here


if __name__ == "__main__":
    print(main().markdown)
