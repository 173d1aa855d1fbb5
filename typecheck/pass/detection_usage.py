"""One function behind several triggers, narrowing the event with the guards, and handlers typed only by an
alias of their source."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from lambda_events import (
    APIGatewayProxyEventDict,
    APIGatewayProxyHandler,
    APIGatewayProxyResponseDict,
    CognitoPreSignUpHandler,
    EventSource,
    LambdaContext,
    PreSignUpTriggerEventDict,
    S3Handler,
    SQSBatchResponseDict,
    SQSEventDict,
    SQSHandler,
    detect_event_source,
    is_api_gateway_event,
    is_eventbridge_event,
    is_s3_event,
    is_eventbridge_scheduled_event,
    is_sns_event,
    is_sqs_event,
)


def save_order(order: Any) -> None:
    """Pretend to store an order."""


def take_orders(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    """Store each order; leave the messages for which too little time remains to a later retry."""
    failures: SQSBatchResponseDict = {"batchItemFailures": []}
    for record in event["Records"]:
        if context.get_remaining_time_in_millis() < 1_000:
            failures["batchItemFailures"].append({"itemIdentifier": record["messageId"]})
        else:
            save_order(json.loads(record["body"]))
    return failures


def order_status(event: APIGatewayProxyEventDict, context: LambdaContext) -> APIGatewayProxyResponseDict:
    """Answer `GET /orders/{id}`, naming the function version that answered."""
    order_id = (event["pathParameters"] or {}).get("id", "")
    body = {"order": order_id, "served_by": f"{context.function_name}:{context.function_version}"}
    return {"statusCode": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(body)}


# Handlers typed with only the alias: the checkers compare the whole signature with the source's.
handler: SQSHandler = take_orders
api_handler: APIGatewayProxyHandler = order_status
on_upload: S3Handler = lambda event, context: [record["s3"]["object"]["key"] for record in event["Records"]]


def auto_confirm(event: PreSignUpTriggerEventDict, context: LambdaContext) -> PreSignUpTriggerEventDict:
    """Confirm users of the company's own domain without a code."""
    if event["request"]["userAttributes"].get("email", "").endswith("@example.com"):
        event["response"]["autoConfirmUser"] = True
    return event


pre_sign_up: CognitoPreSignUpHandler = auto_confirm


def route(event: object, context: LambdaContext) -> object:
    """One function subscribed to a queue and behind an API: each guard narrows `event` to its source's type."""
    if is_sqs_event(event):
        return take_orders(event, context)
    if is_api_gateway_event(event):
        return order_status(event, context)
    raise ValueError(f"unexpected event: {detect_event_source(event)}")


def summary(event: Mapping[str, Any]) -> str:
    """One log line about whatever arrived."""
    if is_sqs_event(event):
        return f"{len(event['Records'])} messages from {event['Records'][0]['eventSourceARN']}"
    if is_sns_event(event):
        return f"notification {event['Records'][0]['Sns']['MessageId']}: {event['Records'][0]['Sns']['Subject']}"
    if is_s3_event(event):
        return ", ".join(f"{record['eventName']} {record['s3']['object']['key']}" for record in event["Records"])
    if is_eventbridge_scheduled_event(event):
        return f"tick of {event['resources'][0]} at {event['time']}"
    if is_eventbridge_event(event):
        return f"{event['detail-type']} from {event['source']}"
    source: EventSource | None = detect_event_source(event)
    return source or "not a Lambda event"
