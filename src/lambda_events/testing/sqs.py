"""Test events of Amazon SQS message batches."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Optional, Union

from lambda_events.testing._scenario import (
    DEFAULT_ACCOUNT,
    DEFAULT_REGION,
    MessageBody,
    Scenario,
    Seed,
    b64,
    message_text,
)

if TYPE_CHECKING:
    from lambda_events.types.sqs import SQSAttributesDict, SQSEventDict, SQSMessageAttributeDict, SQSRecordDict

__all__ = ["sqs_event"]


AttributeValue = Union[str, int, Decimal, bytes]
"""A message attribute value: text (`String`), a number (`Number`) or bytes (`Binary`)."""


def sqs_event(
    *,
    bodies: Sequence[MessageBody] = ("Hello from SQS!",),
    queue: str = "orders",
    message_attributes: Optional[Mapping[str, AttributeValue]] = None,
    fifo: bool = False,
    message_group_id: str = "default",
    receive_count: int = 1,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SQSEventDict:
    """An SQS event with one message per body (a mapping or list body is sent as JSON text).

    `message_attributes` are given to every message. A FIFO queue (`fifo=True`, or a queue name ending in
    `.fifo`) adds sequence numbers, the message group and content-based deduplication ids.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    is_fifo = fifo or queue.endswith(".fifo")
    queue_name = queue if not is_fifo or queue.endswith(".fifo") else f"{queue}.fifo"
    sender = scene.principal_id()
    records: list[SQSRecordDict] = []
    for index, body in enumerate(bodies):
        text = message_text(body)
        sent = scene.epoch_ms(index * 7 - 1000)
        system: SQSAttributesDict = {
            "ApproximateReceiveCount": str(receive_count),
            "SentTimestamp": str(sent),
            "SenderId": sender,
            "ApproximateFirstReceiveTimestamp": str(sent + scene.rng.randrange(1, 50)),
        }
        if is_fifo:
            system["SequenceNumber"] = scene.digits(20)
            system["MessageGroupId"] = message_group_id
            system["MessageDeduplicationId"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        record: SQSRecordDict = {
            "messageId": scene.uuid(),
            "receiptHandle": "AQEB" + scene.base64(144),
            "body": text,
            "attributes": system,
            "messageAttributes": {name: _sqs_attribute(value) for name, value in (message_attributes or {}).items()},
            "md5OfBody": hashlib.md5(text.encode("utf-8")).hexdigest(),
            "eventSource": "aws:sqs",
            "eventSourceARN": scene.arn("sqs", queue_name),
            "awsRegion": region,
        }
        if message_attributes:
            record["md5OfMessageAttributes"] = _sqs_attributes_md5(message_attributes)
        records.append(record)
    return {"Records": records}


def _sqs_attribute(value: AttributeValue) -> SQSMessageAttributeDict:
    attribute: SQSMessageAttributeDict
    if isinstance(value, bytes):
        attribute = {"dataType": "Binary", "binaryValue": b64(value)}
    elif isinstance(value, str):
        attribute = {"dataType": "String", "stringValue": value}
    else:
        attribute = {"dataType": "Number", "stringValue": str(value)}
    attribute["stringListValues"] = []
    attribute["binaryListValues"] = []
    return attribute


def _sqs_attributes_md5(attributes: Mapping[str, AttributeValue]) -> str:
    """The digest SQS computes over message attributes: each, sorted by name, as length-prefixed name, data
    type, transport type (1 text, 2 binary) and value."""
    digest = hashlib.md5()

    def add(data: bytes) -> None:
        digest.update(len(data).to_bytes(4, "big") + data)

    for name in sorted(attributes):
        value = attributes[name]
        add(name.encode("utf-8"))
        add(_sqs_attribute(value)["dataType"].encode("utf-8"))
        if isinstance(value, bytes):
            digest.update(b"\x02")
            add(value)
        else:
            digest.update(b"\x01")
            add(str(value).encode("utf-8"))
    return digest.hexdigest()
