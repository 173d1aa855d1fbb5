"""Powertools' `rabbit_mq_example.py`: log each RabbitMQ message of each queue, with its JSON data, and
return the last queue and message id.

Differences:
- `message.json_data` is `decode_mq_json(message)`.
- Powertools' `Logger` is the standard library's `logging`.
- Like Powertools' example, the return reads the loop's last values, which an empty event would not
  have: the `pyright: ignore[reportPossiblyUnboundVariable]` comments say so (Lambda never sends an empty batch).
"""

from __future__ import annotations

import logging
from typing import Any, Optional

from lambda_events import LambdaContext, RabbitMQEventDict, decode_mq_json

logger = logging.getLogger(__name__)


def lambda_handler(event: RabbitMQEventDict, context: LambdaContext) -> dict[str, Optional[str]]:
    """Log every message; return the last one's queue and id."""
    for queue_name, messages in event["rmqMessagesByQueue"].items():
        logger.debug(f"Messages for queue: {queue_name}")
        for message in messages:
            logger.debug(f"MessageID: {message['basicProperties']['messageId']}")
            data: dict[str, Any] = decode_mq_json(message)
            logger.debug(f"Process json in base64 encoded data str {data}")
    return {
        "queue_name": queue_name,  # pyright: ignore[reportPossiblyUnboundVariable]
        "message_id": message["basicProperties"]["messageId"],  # pyright: ignore[reportPossiblyUnboundVariable]
    }
