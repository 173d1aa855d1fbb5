"""Decoder cost: each helper against its standard-library floor and against Powertools and boto3.

The floor is the least work that gives the same result with the same standard-library building blocks the
helper uses (named in each row: for Kinesis `binascii.a2b_base64` -> `bytes.decode` -> `json.loads(str)`,
as `decode_kinesis_json` does). Our helpers add validation and error paths; these tables show what that
costs, and what the alternatives cost for the same answer. Every comparison does the same work on each
side: `get_header` against Powertools builds Powertools' wrapper once per invocation, as a handler does,
and looks up five headers through it.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Callable
from typing import Any

from _harness import Measurement, Section, compare_calls, markdown_table
from _events import cloudwatch_logs_event
from _floors import STRICT_BASE64, lowered_lookups, strict_base64
from aws_lambda_powertools.shared.dynamodb_deserializer import TypeDeserializer as PowertoolsDeserializer
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent, CloudWatchLogsEvent
from aws_lambda_powertools.utilities.data_classes.kinesis_stream_event import KinesisStreamRecord
from boto3.dynamodb.types import TypeDeserializer

from lambda_events.helpers.cloudwatch_logs import decode_cloudwatch_logs
from lambda_events.helpers.dynamodb import deserialize_dynamodb_image, serialize_dynamodb_item
from lambda_events.helpers.http import get_header
from lambda_events.helpers.kinesis import decode_kinesis_json


# The five lookups of the `get_header` comparison: exact case, other case (twice), absent (twice).
FIVE_HEADERS = ("Content-Type", "user-agent", "ACCEPT", "Authorization", "x-request-id")


def mixed_image() -> dict[str, Any]:
    """A 30-attribute image with every attribute type, as DynamoDB Streams sends it."""
    item: dict[str, Any] = {}
    for index in range(5):
        item[f"name{index}"] = f"customer {index}"
        item[f"count{index}"] = index * 1000 + 7
        item[f"flag{index}"] = index % 2 == 0
    for index in range(3):
        item[f"tags{index}"] = {"a", "b", f"c{index}"}
        item[f"blob{index}"] = bytes(range(index, index + 16))
        item[f"address{index}"] = {"street": "1 Main St", "zip": "12345", "geo": [1, 2]}
        item[f"lines{index}"] = ["x", 1, {"y": True}]
    item["scores"] = {1, 2, 3}
    item["missing"] = None
    item["ratio"] = 12345
    return serialize_dynamodb_item(item)


def with_binary_as_bytes(value: Any) -> Any:
    """The same attribute values with `B`/`BS` as bytes: the form boto3's deserializer accepts."""
    if isinstance(value, dict):
        converted: dict[str, Any] = {}
        for key, item in value.items():
            if key == "B":
                converted[key] = base64.b64decode(item)
            elif key == "BS":
                converted[key] = [base64.b64decode(member) for member in item]
            else:
                converted[key] = with_binary_as_bytes(item)
        return converted
    if isinstance(value, list):
        return [with_binary_as_bytes(item) for item in value]
    return value


def headers_event() -> dict[str, Any]:
    """A REST API event with 30 headers, as browsers and CloudFront send them."""
    headers = {f"X-Custom-Header-{index}": f"value {index}" for index in range(27)}
    headers.update({"Accept": "application/json", "Content-Type": "application/json", "User-Agent": "Mozilla/5.0"})
    return {"headers": headers, "multiValueHeaders": {name: [value] for name, value in headers.items()}}


def five_lookups_floor(event: dict[str, Any]) -> Callable[[], list[Any]]:
    """The same case-insensitive answers with the standard library: lower-case the header names once."""

    return lambda: lowered_lookups(event["headers"], FIVE_HEADERS)


def five_lookups_powertools(event: dict[str, Any]) -> Callable[[], list[Any]]:
    """Powertools' wrapper built once, as each invocation does, and its `headers` (a `CaseInsensitiveDict`
    built on each access of the property) read once: the cheapest way to make five lookups through it."""

    def run() -> list[Any]:
        headers = APIGatewayProxyEvent(event).headers
        return [headers.get(name) for name in FIVE_HEADERS]

    return run


def against_ours(title: str, measurements: list[Measurement]) -> list[tuple[str, float]]:
    """Chart bars for a (floor, ours, Powertools) comparison: each other variant's time over ours."""
    floor, ours, powertools = measurements
    return [(f"{title}: stdlib floor / ours", floor.seconds / ours.seconds), (f"{title}: Powertools / ours", powertools.seconds / ours.seconds)]


def main() -> Section:
    """Run every comparison; return the Markdown section and the chart's bars."""
    sections: list[str] = []
    bars: list[tuple[str, float]] = []

    logs = cloudwatch_logs_event(1000)
    logs_data = logs["awslogs"]["data"]
    measurements = compare_calls(
        [
            ("floor: b64decode + zlib.decompress + json.loads", lambda: json.loads(zlib.decompress(base64.b64decode(logs_data), 31))),
            ("decode_cloudwatch_logs", lambda: decode_cloudwatch_logs(logs)),
            ("Powertools CloudWatchLogsEvent.parse_logs_data", lambda: CloudWatchLogsEvent(logs).parse_logs_data()),
        ]
    )
    sections.append(markdown_table("CloudWatch Logs, 1,000 log events", measurements, "the standard-library floor"))
    bars += against_ours("CloudWatch Logs, 1,000 events", measurements)

    image = mixed_image()
    image_with_bytes = with_binary_as_bytes(image)
    boto3_deserializer = TypeDeserializer()
    powertools_deserializer = PowertoolsDeserializer()
    measurements = compare_calls(
        [
            ("deserialize_dynamodb_image", lambda: deserialize_dynamodb_image(image)),
            ("boto3 TypeDeserializer", lambda: {k: boto3_deserializer.deserialize(v) for k, v in image_with_bytes.items()}),
            ("Powertools TypeDeserializer", lambda: {k: powertools_deserializer.deserialize(v) for k, v in image.items()}),
        ]
    )
    sections.append(markdown_table("DynamoDB image, 30 mixed attributes", measurements, "deserialize_dynamodb_image"))
    bars += [(f"DynamoDB: {m.label} / ours", m.ratio) for m in measurements[1:]]

    record = {"kinesis": {"data": base64.b64encode(json.dumps({"order": 7, "items": list(range(50))}).encode()).decode()}}
    measurements = compare_calls(
        [
            (
                f"floor: json.loads({STRICT_BASE64}.decode())",
                lambda: json.loads(strict_base64(record["kinesis"]["data"]).decode("utf-8")),
            ),
            ("decode_kinesis_json", lambda: decode_kinesis_json(record)),
            ("Powertools data_as_json", lambda: KinesisStreamRecord(record).kinesis.data_as_json()),
        ]
    )
    sections.append(markdown_table("Kinesis record data as JSON", measurements, "the standard-library floor"))
    bars += against_ours("Kinesis data as JSON", measurements)

    event = headers_event()
    measurements = compare_calls(
        [
            ("floor: one lower-cased dict per invocation, five dict.get", five_lookups_floor(event)),
            ("get_header, five calls", lambda: [get_header(event, name) for name in FIVE_HEADERS]),
            ("Powertools: APIGatewayProxyEvent(event).headers once, five .get", five_lookups_powertools(event)),
        ]
    )
    title = "Five header lookups per invocation on 30 headers (exact case, other case, absent)"
    sections.append(markdown_table(title, measurements, "the standard-library floor"))
    bars += against_ours("five header lookups", measurements)

    return Section("\n".join(sections), bars)


if __name__ == "__main__":
    print(main().markdown)
