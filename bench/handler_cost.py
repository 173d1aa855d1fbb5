"""Handler cost: the same realistic handlers over the plain dict (ours) and over Powertools' data classes.

Three handlers read the fields a real one reads: an SQS consumer (10 records), an API Gateway REST handler,
and a DynamoDB stream consumer that needs the new image as Python values. Both sides do the same work: the
REST handlers look the `Host` header up case-insensitively (`get_header`; Powertools' `headers` is a
case-insensitive dict), and Powertools' figures include constructing the wrapper, as every invocation does.
There is no "typed against untyped" row: annotations do not change the bytecode (the output shows that our
annotated SQS handler compiles to the same instructions as an unannotated copy), so that row would time the
same code twice.
"""

from __future__ import annotations

import copy
import inspect
from typing import Any

from _harness import Section, compare_calls, markdown_table
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent, DynamoDBStreamEvent, SQSEvent

from lambda_events import APIGatewayProxyEventDict, DynamoDBStreamEventDict, SQSEventDict
from lambda_events.helpers.dynamodb import deserialize_dynamodb_image
from lambda_events.helpers.http import get_header
from tests.fixture_catalog import fixture_named


def sqs_event_with_ten_records() -> Any:
    """The SQS fixture with message attributes, its records repeated to a batch of 10."""
    event = fixture_named("sqsEventMessageAttributes.json").raw()
    records = event["Records"]
    event["Records"] = [copy.deepcopy(records[index % len(records)]) for index in range(10)]
    return event


def sqs_ours(event: SQSEventDict) -> int:
    """An SQS consumer: body, id, receive count and one message attribute of each record."""
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


def rest_ours(event: APIGatewayProxyEventDict) -> int:
    """Method, path, the `Host` header (any case), a query parameter, the source IP."""
    query = event["queryStringParameters"] or {}
    return len(event["httpMethod"] + event["path"] + get_header(event, "host", "") + query.get("id", "")) + len(
        event["requestContext"]["identity"]["sourceIp"]
    )


def rest_powertools(event: dict[str, Any]) -> int:
    """The same over Powertools' data class."""
    wrapped = APIGatewayProxyEvent(event)
    query = wrapped.query_string_parameters or {}
    return len(wrapped.http_method + wrapped.path + (wrapped.headers.get("host") or "") + query.get("id", "")) + len(
        wrapped.request_context.identity.source_ip
    )


def dynamodb_ours(event: DynamoDBStreamEventDict) -> int:
    """The new image of each record as Python values."""
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


def same_bytecode_without_annotations() -> bool:
    """Whether `sqs_ours` compiles to the same instructions once its annotations are removed."""
    source = inspect.getsource(sqs_ours).replace("(event: SQSEventDict) -> int:", "(event):")
    namespace: dict[str, Any] = {}
    exec(compile(source, "<unannotated>", "exec"), namespace)  # noqa: S102  (our own function's source)
    unannotated = namespace["sqs_ours"].__code__
    return bool(unannotated.co_code == sqs_ours.__code__.co_code and unannotated.co_consts == sqs_ours.__code__.co_consts)


def main() -> Section:
    """Run the three comparisons; return the Markdown sections and the chart's bars."""
    bars: list[tuple[str, float]] = []
    sqs_event = sqs_event_with_ten_records()
    rest_event = fixture_named("apiGatewayProxyEvent.json").raw()
    dynamodb_event = fixture_named("dynamoStreamEvent.json").raw()
    sections = []
    for title, event, ours, powertools in (
        ("SQS handler, 10 records", sqs_event, sqs_ours, sqs_powertools),
        ("API Gateway REST handler, case-insensitive header on both sides", rest_event, rest_ours, rest_powertools),
        ("DynamoDB stream handler, new images as Python values", dynamodb_event, dynamodb_ours, dynamodb_powertools),
    ):
        measurements = compare_calls(
            [
                ("lambda-events: the plain dict, our helpers", lambda f=ours, e=event: f(e)),
                ("Powertools data classes", lambda f=powertools, e=event: f(e)),
            ]
        )
        sections.append(markdown_table(f"Handler cost: {title}", measurements, "lambda-events"))
        bars.append((f"{title}: Powertools / ours", measurements[1].ratio))
    sections.append(
        "Annotated and unannotated copies of the SQS handler compile to the same bytecode: "
        f"{same_bytecode_without_annotations()} (types cost nothing at run time; no row times that).\n"
    )
    return Section("\n".join(sections), bars)


if __name__ == "__main__":
    print(main().markdown)
