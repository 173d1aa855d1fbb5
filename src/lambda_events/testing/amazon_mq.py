"""Test events of Amazon MQ: ActiveMQ and RabbitMQ message batches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Payload, Scenario, Seed, b64, payload_bytes

if TYPE_CHECKING:
    from lambda_events.types.amazon_mq import (
        ActiveMQEventDict,
        ActiveMQMessageDict,
        RabbitMQEventDict,
        RabbitMQMessageDict,
    )

__all__ = ["amazon_mq_activemq_event", "amazon_mq_rabbitmq_event"]


def _broker_arn(scene: Scenario, broker: str, broker_id: str) -> str:
    return scene.arn("mq", f"broker:{broker}:{broker_id}")


def amazon_mq_activemq_event(
    *,
    messages: Sequence[Payload] = (b"Hello from ActiveMQ!",),
    queue: str = "orders",
    properties: Optional[Mapping[str, str]] = None,
    broker: str = "example-broker",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ActiveMQEventDict:
    """An ActiveMQ batch with one persistent text message per payload (`decode_mq_data` gives each back);
    `properties` are given to every message."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    broker_id = f"b-{scene.uuid()}"
    host = f"{broker_id}-1.mq.{region}.amazonaws.com"
    connection = f"ID:{host}-{scene.digits(5)}-{scene.digits(13)}-1:1"
    batch: list[ActiveMQMessageDict] = []
    for index, message in enumerate(messages):
        sent = scene.epoch_ms(index - 1000)
        entry: ActiveMQMessageDict = {
            "messageID": f"{connection}:1:1:{index + 1}",
            "messageType": "jms/text-message",
            "timestamp": sent,
            "deliveryMode": 2,
            "correlationID": "",
            "replyTo": "null",
            "destination": {"physicalName": queue},
            "redelivered": False,
            "type": "",
            "expiration": 0,
            "priority": 4,
            "data": b64(payload_bytes(message)),
            "brokerInTime": sent + 1,
            "brokerOutTime": sent + 3,
        }
        if properties:
            entry["properties"] = dict(properties)
        batch.append(entry)
    return {"eventSource": "aws:mq", "eventSourceArn": _broker_arn(scene, broker, broker_id), "messages": batch}


def amazon_mq_rabbitmq_event(
    *,
    messages: Sequence[Payload] = (b"Hello from RabbitMQ!",),
    queue: str = "orders",
    virtual_host: str = "/",
    headers: Optional[Mapping[str, str]] = None,
    content_type: Optional[str] = "text/plain",
    broker: str = "example-broker",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> RabbitMQEventDict:
    """A RabbitMQ batch with one message per payload, all from `queue` on `virtual_host`; `headers` (string
    values, sent as their bytes the way Lambda serialises them) are given to every message."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    broker_id = f"b-{scene.uuid()}"
    batch: list[RabbitMQMessageDict] = []
    for message in messages:
        body = payload_bytes(message)
        batch.append(
            {
                "basicProperties": {
                    "contentType": content_type,
                    "contentEncoding": None,
                    "headers": {name: {"bytes": list(value.encode("utf-8"))} for name, value in headers.items()}
                    if headers
                    else None,
                    "deliveryMode": 2,
                    "priority": None,
                    "correlationId": None,
                    "replyTo": None,
                    "expiration": None,
                    "messageId": scene.uuid(),
                    "timestamp": None,
                    "type": None,
                    "userId": None,
                    "appId": None,
                    "clusterId": None,
                    "bodySize": len(body),
                },
                "redelivered": False,
                "data": b64(body),
            }
        )
    return {
        "eventSource": "aws:rmq",
        "eventSourceArn": _broker_arn(scene, broker, broker_id),
        "rmqMessagesByQueue": {f"{queue}::{virtual_host}": batch},
    }
