"""Handler cost: the same realistic handlers over the plain dict (ours) and over Powertools' data classes.

Three handlers read the fields a real one reads: an SQS consumer (10 records), an API Gateway REST handler,
and a DynamoDB stream consumer that needs the new image as Python values. Ours are annotated with our types,
which cost nothing at run time: the untyped copy of the same code is the baseline. Powertools' figures include
constructing the wrapper, as every invocation does.
"""

from __future__ import annotations

import copy
from typing import Any

from _harness import Section, compare_calls, markdown_table
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent, DynamoDBStreamEvent, SQSEvent

from lambda_events import (
    APIGatewayProxyEventDict,
    DynamoDBStreamEventDict,
    SQSEventDict,
    deserialize_dynamodb_image,
)
from tests.fixture_catalog import fixture_named


def sqs_event_with_ten_records() -> Any:
    """The SQS fixture with message attributes, its records repeated to a batch of 10."""
    event = fixture_named("sqsEventMessageAttributes.json").raw()
    records = event["Records"]
    event["Records"] = [copy.deepcopy(records[index % len(records)]) for index in range(10)]
    return event


def sqs_untyped(event: dict[str, Any]) -> int:
    """Baseline: plain dict access with no annotations."""
    total = 0
    for record in event["Records"]:
        tenant = record["messageAttributes"].get("Tenant")
        total += len(record["body"]) + len(record["messageId"]) + int(record["attributes"]["ApproximateReceiveCount"])
        total += len(tenant["stringValue"]) if tenant else 0
    return total


def sqs_ours(event: SQSEventDict) -> int:
    """The same handler, annotated with our types."""
    total = 0
    for record in event["Records"]:
        tenant = record["messageAttributes"].get("Tenant")
        total += len(record["body"]) + len(record["messageId"]) + int(record["attributes"]["ApproximateReceiveCount"])
        total += len(tenant.get("stringValue", "")) if tenant else 0
    return total


def sqs_powertools(event: dict[str, Any]) -> int:
    """The same handler over Powertools' data class."""
    total = 0
    for record in SQSEvent(event).records:
        attributes = record.message_attributes
        tenant = attributes["Tenant"] if "Tenant" in attributes else None
        total += len(record.body) + len(record.message_id) + int(record.attributes.approximate_receive_count)
        total += len(tenant.string_value or "") if tenant else 0
    return total


def rest_untyped(event: dict[str, Any]) -> int:
    """Baseline: method, path, a header, a query parameter, the source IP."""
    headers = event["headers"] or {}
    query = event["queryStringParameters"] or {}
    return len(event["httpMethod"] + event["path"] + headers.get("Host", "") + query.get("id", "")) + len(
        event["requestContext"]["identity"]["sourceIp"]
    )


def rest_ours(event: APIGatewayProxyEventDict) -> int:
    """The same, annotated with our types."""
    headers = event["headers"] or {}
    query = event["queryStringParameters"] or {}
    return len(event["httpMethod"] + event["path"] + headers.get("Host", "") + query.get("id", "")) + len(
        event["requestContext"]["identity"]["sourceIp"]
    )


def rest_powertools(event: dict[str, Any]) -> int:
    """The same over Powertools' data class."""
    wrapped = APIGatewayProxyEvent(event)
    query = wrapped.query_string_parameters or {}
    return len(wrapped.http_method + wrapped.path + (wrapped.headers.get("host") or "") + query.get("id", "")) + len(
        wrapped.request_context.identity.source_ip
    )


def dynamodb_untyped(event: dict[str, Any]) -> int:
    """Baseline: our deserializer over untyped access."""
    return sum(
        len(deserialize_dynamodb_image(record["dynamodb"]["NewImage"]))
        for record in event["Records"]
        if "NewImage" in record["dynamodb"]
    )


def dynamodb_ours(event: DynamoDBStreamEventDict) -> int:
    """The same with our types."""
    return sum(
        len(deserialize_dynamodb_image(record["dynamodb"]["NewImage"]))
        for record in event["Records"]
        if "NewImage" in record["dynamodb"]
    )


def dynamodb_powertools(event: dict[str, Any]) -> int:
    """The same over Powertools' data class (its `new_image` deserializes)."""
    return sum(
        len(record.dynamodb.new_image)
        for record in DynamoDBStreamEvent(event).records
        if record.dynamodb is not None and record.dynamodb.new_image
    )


def main() -> Section:
    """Run the three comparisons; return the Markdown sections and the chart's bars."""
    bars: list[tuple[str, float]] = []
    sqs_event = sqs_event_with_ten_records()
    rest_event = fixture_named("apiGatewayProxyEvent.json").raw()
    dynamodb_event = fixture_named("dynamoStreamEvent.json").raw()
    sections = []
    for title, event, functions in (
        ("SQS handler, 10 records", sqs_event, (sqs_untyped, sqs_ours, sqs_powertools)),
        ("API Gateway REST handler", rest_event, (rest_untyped, rest_ours, rest_powertools)),
        ("DynamoDB stream handler, new images as Python values", dynamodb_event, (dynamodb_untyped, dynamodb_ours, dynamodb_powertools)),
    ):
        untyped, ours, powertools = functions
        measurements = compare_calls(
            [
                ("plain dict, no types (baseline)", lambda f=untyped, e=event: f(e)),
                ("lambda-events types", lambda f=ours, e=event: f(e)),
                ("Powertools data classes", lambda f=powertools, e=event: f(e)),
            ]
        )
        sections.append(markdown_table(f"Handler cost: {title}", measurements, "the untyped plain-dict handler"))
        bars.append((f"{title}: Powertools / ours", measurements[2].seconds / measurements[1].seconds))
    return Section("\n".join(sections), bars)


if __name__ == "__main__":
    print(main().markdown)
