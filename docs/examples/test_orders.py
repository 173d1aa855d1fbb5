"""test_orders.py: the tests of `orders.py`, with events built by the test-event factories."""

from __future__ import annotations

from orders import handler

from lambda_events.testing import lambda_context, sqs_event


def test_every_order_is_accepted() -> None:
    event = sqs_event(bodies=[{"id": 7}, {"id": 8}], queue="orders")
    assert handler(event, lambda_context()) == {"batchItemFailures": []}


def test_a_message_that_is_not_an_order_is_retried() -> None:
    event = sqs_event(bodies=[{"id": 7}, "not JSON", {"no": "id"}], queue="orders")
    retried = [record["messageId"] for record in event["Records"][1:]]
    result = handler(event, lambda_context())
    assert [failure["itemIdentifier"] for failure in result["batchItemFailures"]] == retried
