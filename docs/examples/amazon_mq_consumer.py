"""Consumers of Amazon MQ brokers: an ActiveMQ queue and a RabbitMQ queue."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    ActiveMQEventDict,
    EventDecodeError,
    LambdaContext,
    RabbitMQEventDict,
    decode_mq_json,
    decode_mq_text,
)


def active_mq_handler(event: ActiveMQEventDict, context: LambdaContext) -> list[str]:
    """Describe each message: JSON documents by their
    keys, text as it is, binary data by its size."""
    described: list[str] = []
    for message in event["messages"]:
        queue = message["destination"]["physicalName"]
        try:
            document = decode_mq_json(message)
            described.append(f"{queue}: JSON with keys {sorted(document)}")
            continue
        except EventDecodeError:
            pass
        try:
            described.append(f"{queue}: text {decode_mq_text(message)!r}")
        except EventDecodeError:  # not UTF-8
            described.append(f"{queue}: {len(message['data'])} base64 characters of binary data")
    return described


def rabbit_mq_handler(event: RabbitMQEventDict, context: LambdaContext) -> dict[str, list[Any]]:
    """The JSON documents received, per queue; RabbitMQ keys the batch by `queue::virtual host`."""
    documents: dict[str, list[Any]] = {}
    for queue_and_vhost, messages in event["rmqMessagesByQueue"].items():
        queue, _, _virtual_host = queue_and_vhost.partition("::")
        documents[queue] = [decode_mq_json(message) for message in messages]
    return documents
