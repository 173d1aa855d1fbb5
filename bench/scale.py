"""Scale: every helper from a 1 KB event to Lambda's 6 MB payload limit, with its floor at each size.

Each table times, at every size, the floor (the least work giving the same answer; its building blocks are
named in the row) and our helper, interleaved; the ratio is ours over the floor at that size, and the last
two columns divide the floor's and our time per unit by the same at the smallest size (1.00 throughout =
linear growth; both growing alike = the machine's caches, not the helper):
- `decode_body` on a base64 HTTP body; `decode_sqs_json`, `decode_kinesis_json` over a batch of records;
  `decode_cloudwatch_logs` on a subscription payload; `deserialize_dynamodb_image` over a stream batch's
  new images (no standard-library floor exists: boto3's `TypeDeserializer`, the reference, stands in);
- `detect_event_source` on an SQS batch (it reads only the keys that tell sources apart: flat in time);
- `get_header` looking up every header of an event, from 10 to 1,000 headers (API Gateway's limit is
  10 KB of headers; 1,000 short ones is beyond any real request, the quadratic case of issue 16);
- `find_event_problems` on an SQS batch (typeguard's `check_type`, another strict checker, stands in for a
  floor, which does not exist).
"""

from __future__ import annotations

import base64
import copy
import json
import random
import sys
import zlib
from collections.abc import Callable
from typing import Any

from _events import cloudwatch_logs_event
from _floors import STRICT_BASE64, lowered_lookups, strict_base64
from _harness import Section, compare_calls, format_seconds, machine_label
from boto3.dynamodb.types import TypeDeserializer
from typeguard import CollectionCheckStrategy, check_type

from lambda_events import SQSEventDict
from lambda_events.helpers.cloudwatch_logs import decode_cloudwatch_logs
from lambda_events.helpers.detection import detect_event_source
from lambda_events.helpers.dynamodb import deserialize_dynamodb_image, serialize_dynamodb_item
from lambda_events.helpers.http import decode_body, get_header
from lambda_events.helpers.kinesis import decode_kinesis_json
from lambda_events.helpers.sqs import decode_sqs_json
from lambda_events.helpers.validation import find_event_problems
from tests.fixture_catalog import fixture_named

ROUNDS = 9
SIZES_KB = (1, 10, 100, 1000, 6000)
HEADER_COUNTS = (10, 100, 1000)



def http_event(kilobytes: int) -> dict[str, Any]:
    """An HTTP API event whose base64 body is `kilobytes` long."""
    body = random.Random(kilobytes).randbytes(kilobytes * 1000 * 3 // 4)
    return {"body": base64.b64encode(body).decode(), "isBase64Encoded": True}


def json_document(index: int) -> str:
    """A small JSON order (about 100 bytes)."""
    return json.dumps({"orderId": f"o-{index:08d}", "total": index * 3, "items": [index, index + 1], "tenant": "acme"})


def sqs_event(kilobytes: int) -> dict[str, Any]:
    """The SQS fixture's record repeated until the event is about `kilobytes` of JSON, with JSON bodies."""
    template = fixture_named("sqsEventMessageAttributes.json").raw()["Records"][0]
    record_size = len(json.dumps(template)) + 60
    records = []
    for index in range(max(1, kilobytes * 1000 // record_size)):
        record = copy.deepcopy(template)
        record["body"] = json_document(index)
        records.append(record)
    return {"Records": records}


def kinesis_records(kilobytes: int) -> list[dict[str, Any]]:
    """Kinesis records whose base64 JSON data add up to about `kilobytes`."""
    count = max(1, kilobytes * 1000 // 200)
    return [{"kinesis": {"data": base64.b64encode(json_document(index).encode()).decode()}} for index in range(count)]


def dynamodb_images(kilobytes: int) -> list[dict[str, Any]]:
    """New images (about 1 KB each in DynamoDB JSON) adding up to about `kilobytes`."""
    item: dict[str, Any] = {f"field{index}": f"value {index}" for index in range(20)}
    item.update({"count": 12345, "ratio": 7, "tags": {"a", "b"}, "nested": {"x": [1, 2, {"y": True}]}})
    image = serialize_dynamodb_item(item)
    image_size = len(json.dumps(image))
    return [copy.deepcopy(image) for _ in range(max(1, kilobytes * 1000 // image_size))]


def headers_event(count: int) -> dict[str, Any]:
    """A REST API event with `count` headers."""
    return {"headers": {f"X-Header-{index}": f"value {index}" for index in range(count)}}


def scale_rows(title: str, unit: str, cases: list[tuple[int, list[tuple[str, Callable[[], object]]]]]) -> list[str]:
    """One row per size: floor and ours interleaved at that size; per-unit times against the smallest size."""
    rows = []
    first: tuple[float, float] = (0.0, 0.0)
    for size, variants in cases:
        floor, ours = compare_calls(variants, rounds=ROUNDS)
        per_unit = (floor.seconds / size, ours.seconds / size)
        first = first if first[0] else per_unit
        rows.append(
            f"| {title} | {size:,} {unit} | {variants[0][0]} | {format_seconds(floor.seconds)} | "
            f"{format_seconds(ours.seconds)} | {ours.ratio:.2f}x | {per_unit[0] / first[0]:.2f} | {per_unit[1] / first[1]:.2f} |"
        )
        print(rows[-1], file=sys.stderr, flush=True)
    return rows


def main() -> Section:
    """Measure every helper at every size; return the Markdown section."""
    lines = [
        "### Scale: 1 KB to 6 MB, floor at every size",
        "",
        f"Median of {ROUNDS} interleaved rounds (CPU time). {machine_label()}.",
        "",
        "| helper | size | floor (building blocks) | floor | ours | ours / floor "
        "| floor per unit / at smallest | ours per unit / at smallest |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    http = {kb: http_event(kb) for kb in SIZES_KB}
    lines += scale_rows(
        "decode_body (base64)",
        "KB",
        [(kb, [(STRICT_BASE64, lambda e=e: strict_base64(e["body"])), ("ours", lambda e=e: decode_body(e))]) for kb, e in http.items()],
    )
    sqs = {kb: sqs_event(kb) for kb in SIZES_KB}
    lines += scale_rows(
        "decode_sqs_json, every record",
        "KB",
        [
            (kb, [("json.loads(body)", lambda e=e: [json.loads(r["body"]) for r in e["Records"]]),
                  ("ours", lambda e=e: [decode_sqs_json(r) for r in e["Records"]])])
            for kb, e in sqs.items()
        ],
    )
    kinesis = {kb: kinesis_records(kb) for kb in SIZES_KB}
    lines += scale_rows(
        "decode_kinesis_json, every record",
        "KB",
        [
            (kb, [(f"json.loads({STRICT_BASE64}.decode())", lambda b=b: [json.loads(strict_base64(r["kinesis"]["data"]).decode()) for r in b]),
                  ("ours", lambda b=b: [decode_kinesis_json(r) for r in b])])
            for kb, b in kinesis.items()
        ],
    )
    # About 44 bytes of base64 payload per realistic log event (they compress well): 22 events per KB.
    logs = {kb: cloudwatch_logs_event(kb * 22) for kb in SIZES_KB}
    lines += scale_rows(
        "decode_cloudwatch_logs",
        "KB",
        [
            (len(e["awslogs"]["data"]) // 1000 or 1, [
                ("json.loads(zlib.decompress(b64decode))", lambda e=e: json.loads(zlib.decompress(base64.b64decode(e["awslogs"]["data"]), 31))),
                ("ours", lambda e=e: decode_cloudwatch_logs(e))])
            for e in logs.values()
        ],
    )
    deserializer = TypeDeserializer()
    images = {kb: dynamodb_images(kb) for kb in SIZES_KB}
    lines += scale_rows(
        "deserialize_dynamodb_image, every image",
        "KB",
        [
            (kb, [("boto3 TypeDeserializer (reference)", lambda b=b: [{k: deserializer.deserialize(v) for k, v in i.items()} for i in b]),
                  ("ours", lambda b=b: [deserialize_dynamodb_image(i) for i in b])])
            for kb, b in images.items()
        ],
    )
    lines += scale_rows(
        "detect_event_source (SQS batch)",
        "KB",
        [(kb, [("one dict.get", lambda e=e: e.get("Records")), ("ours", lambda e=e: detect_event_source(e))]) for kb, e in sqs.items()],
    )
    lines += scale_rows(
        "find_event_problems (SQS batch)",
        "KB",
        [
            (kb, [("typeguard check_type, all items (reference)", lambda e=e: check_type(e, SQSEventDict, collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS)),
                  ("ours", lambda e=e: find_event_problems(e, SQSEventDict))])
            for kb, e in sqs.items()
        ],
    )
    headers = {count: headers_event(count) for count in HEADER_COUNTS}
    lines += scale_rows(
        "get_header, every header looked up",
        "headers",
        [
            (count, [("lower-cased dict once + dict.get", lambda e=e: lowered_lookups(e["headers"], e["headers"])),
                     ("ours", lambda e=e: [get_header(e, name.lower()) for name in e["headers"]])])
            for count, e in headers.items()
        ],
    )
    return Section("\n".join(lines) + "\n", [])


if __name__ == "__main__":
    print(main().markdown)
