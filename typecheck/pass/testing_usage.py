"""Tests written with `lambda_events.testing`, the way a project's pytest suite would use it: each factory
returns its source's TypedDict, so handlers type-check against the events their tests build, and editors know
every key of them; `lambda_context` gives a context the checkers accept as a `LambdaContext`. `redact` keeps
the type it is given."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from lambda_events import (
    APIGatewayProxyEventDict,
    APIGatewayProxyResponseDict,
    DynamoDBStreamEventDict,
    LambdaCognitoIdentity,
    LambdaContext,
    SQSBatchResponseDict,
    SQSHandler,
    SQSEventDict,
    decode_sqs_json,
    deserialize_dynamodb_image,
    redact,
)
from lambda_events._typing import TypedDict
from lambda_events.testing import (
    alb_event,
    api_gateway_event,
    cloudformation_event,
    dynamodb_event,
    eventbridge_event,
    lambda_context,
    s3_object_lambda_event,
    sqs_event,
)


def process_orders(event: SQSEventDict, context: object) -> SQSBatchResponseDict:
    """The handler under test: every message must hold an order with a positive quantity."""
    failures: SQSBatchResponseDict = {"batchItemFailures": []}
    for record in event["Records"]:
        if decode_sqs_json(record).get("quantity", 0) <= 0:
            failures["batchItemFailures"].append({"itemIdentifier": record["messageId"]})
    return failures


def get_order(event: APIGatewayProxyEventDict, context: object) -> APIGatewayProxyResponseDict:
    """The handler under test: answers 404 unless the order id is known."""
    order_id = (event["pathParameters"] or {}).get("id")
    return {"statusCode": 200 if order_id == "o-1" else 404, "body": order_id or ""}


def total_of(event: DynamoDBStreamEventDict) -> Decimal:
    """The handler under test: the sum of the new `total` attributes."""
    totals: list[Decimal] = []
    for record in event["Records"]:
        change = record["dynamodb"]
        if "NewImage" in change:
            totals.append(deserialize_dynamodb_image(change["NewImage"])["total"])
    return sum(totals, Decimal(0))


def test_bad_orders_are_retried() -> None:
    event = sqs_event(bodies=[{"quantity": 2}, {"quantity": 0}], queue="orders", seed=1)
    response = process_orders(event, None)
    assert response["batchItemFailures"] == [{"itemIdentifier": event["Records"][1]["messageId"]}]


def test_unknown_orders_are_not_found() -> None:
    event = api_gateway_event(method="GET", path="/orders/o-2", path_parameters={"id": "o-2"}, seed=1)
    assert get_order(event, None)["statusCode"] == 404
    assert event["requestContext"]["httpMethod"] == "GET"


def test_totals_come_from_new_images() -> None:
    event = dynamodb_event(new_images=[{"id": "o-1", "total": Decimal("9.50")}], seed=1)
    assert total_of(event) == Decimal("9.50")


def test_variants_are_typed_by_their_arguments() -> None:
    update = cloudformation_event(request_type="Update", properties={"Size": 3})
    physical_id: str = update["PhysicalResourceId"]
    old: dict[str, Any] = update["OldResourceProperties"]
    hosts: list[str] = alb_event(multi_value=True)["multiValueHeaders"]["host"]
    route: str = s3_object_lambda_event(operation="GetObject")["getObjectContext"]["outputRoute"]
    assert physical_id and old and hosts and route


class OrderPlacedDict(TypedDict):
    """The `detail` of the application's own EventBridge event."""

    orderId: str
    """The order's id."""
    total: int
    """The order's total, in cents."""


def test_eventbridge_detail_keeps_its_type() -> None:
    event = eventbridge_event(detail=OrderPlacedDict(orderId="o-1", total=950), source="com.example.orders")
    total: int = event["detail"]["total"]
    assert total == 950 and event["detail-type"]


def test_redacted_events_keep_their_type() -> None:
    event = api_gateway_event(headers={"Authorization": "Bearer secret"})
    redacted: APIGatewayProxyEventDict = redact(event)
    assert (redacted["headers"] or {})["Authorization"] == "[SENSITIVE]"


def drain_queue(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    """The handler under test: hands back the messages it has no time left for, so that they come back."""
    late = context.get_remaining_time_in_millis() < 1_000
    return {"batchItemFailures": [{"itemIdentifier": record["messageId"]} for record in event["Records"] if late]}


def test_the_context_double_is_a_lambda_context() -> None:
    handler: SQSHandler = drain_queue
    context = lambda_context(function_name="orders", memory_mb=256, remaining_millis=60_000, seed=1)
    as_protocol: LambdaContext = context
    identity: LambdaCognitoIdentity = context.identity
    memory: str = as_protocol.memory_limit_in_mb
    event = sqs_event(bodies=["a", "b"], seed=1)
    assert handler(event, context) == {"batchItemFailures": []}
    late = dataclasses.replace(context, remaining_millis=10)
    assert len(drain_queue(event, late)["batchItemFailures"]) == 2
    assert identity.cognito_identity_id is None and memory == "256"
