"""An SQS consumer that reports partial batch failures."""

from __future__ import annotations

from lambda_events import EventDecodeError, SQSBatchResponseDict, SQSEventDict, decode_sqs_json


def save_order(order_id: str, tenant: str | None) -> None:
    """Pretend to store an order."""


def handler(event: SQSEventDict, context: object) -> SQSBatchResponseDict:
    """Store each order; report the messages that could not be parsed so only they are retried."""
    response: SQSBatchResponseDict = {"batchItemFailures": []}
    for record in event["Records"]:
        tenant_attribute = record["messageAttributes"].get("Tenant")
        tenant = tenant_attribute.get("stringValue") if tenant_attribute else None
        if int(record["attributes"]["ApproximateReceiveCount"]) > 5:
            continue
        group = record["attributes"].get("MessageGroupId", "standard queue")
        try:
            order = decode_sqs_json(record)
        except EventDecodeError:
            response["batchItemFailures"].append({"itemIdentifier": record["messageId"]})
            continue
        save_order(f"{group}/{order['orderId']}", tenant)
    return response
