"""Amazon MQ consumers: one for ActiveMQ, one for RabbitMQ."""

from __future__ import annotations

import base64

from lambda_events import ActiveMQEventDict, RabbitMQEventDict


def active_mq_handler(event: ActiveMQEventDict, context: object) -> None:
    """Print each text message with its queue and custom properties."""
    for message in event["messages"]:
        body = base64.b64decode(message["data"]).decode()
        properties = message.get("properties", {})
        reply_to = message.get("replyTo") or "nobody"
        print(message["destination"]["physicalName"], message["messageID"], body, properties, reply_to)


def rabbit_mq_handler(event: RabbitMQEventDict, context: object) -> None:
    """Print each message with its queue, virtual host, and its string headers decoded."""
    for queue_and_vhost, messages in event["rmqMessagesByQueue"].items():
        queue, _, vhost = queue_and_vhost.partition("::")
        for message in messages:
            properties = message["basicProperties"]
            headers = properties["headers"] or {}
            texts = {
                name: bytes(value["bytes"]).decode()
                for name, value in headers.items()
                if isinstance(value, dict) and "bytes" in value
            }
            body = base64.b64decode(message["data"])
            print(queue, vhost, properties["contentType"] or "application/octet-stream", texts, len(body))
