"""An SQS consumer whose message bodies are checked against the producer's shape and
come back typed."""

from __future__ import annotations

from typing import Literal, Optional

from typing_extensions import NotRequired, TypedDict

from lambda_events import (
    EventDecodeError,
    LambdaContext,
    SQSBatchResponseDict,
    SQSEventDict,
    decode_sqs_json,
)


class LineDict(TypedDict):
    """One line of an order."""

    sku: str
    """The product ordered."""
    quantity: int
    """How many of it."""


class OrderDict(TypedDict):
    """The order the producer puts in each message's body."""

    id: str
    """The order's id."""
    status: Literal["NEW", "PAID"]
    """Where the order stands."""
    lines: list[LineDict]
    """What was ordered."""
    coupon: NotRequired[Optional[str]]
    """A coupon code: absent, or `null` when the customer removed it."""


def handler(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    """Handle each order; a body that is not an `OrderDict` goes back to the queue, its
    problems logged."""
    response: SQSBatchResponseDict = {"batchItemFailures": []}
    for index, record in enumerate(event["Records"]):
        try:
            order = decode_sqs_json(record, type=OrderDict)
        except EventDecodeError as error:
            # e.g. Records[1].body: does not match OrderDict (1 problem):
            #      $.lines[0].quantity: expected int, got str
            print(f"Records[{index}].{error}")
            response["batchItemFailures"].append({"itemIdentifier": record["messageId"]})
            continue
        quantity = sum(line["quantity"] for line in order["lines"])
        print(f"order {order['id']} ({order['status']}): {quantity} items")
    return response
