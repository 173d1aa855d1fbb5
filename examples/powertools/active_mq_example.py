"""Powertools' `active_mq_example.py`: log each Amazon MQ (ActiveMQ) message's id and destination.

Differences:
- Powertools' `Logger` is the standard library's `logging` (the logger is not part of the data classes).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from lambda_events import ActiveMQEventDict, LambdaContext

logger = logging.getLogger(__name__)


def lambda_handler(event: ActiveMQEventDict, context: LambdaContext) -> dict[str, Any]:
    """Log every message, then answer that processing is complete."""
    for message in event["messages"]:
        msg = message["messageID"]
        msg_pn = message["destination"]["physicalName"]

        logger.info(f"Message ID: {msg} and physical name: {msg_pn}")

    return {"statusCode": 200, "body": json.dumps("Processing complete")}
