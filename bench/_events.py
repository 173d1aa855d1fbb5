"""Payloads the bench scripts build: realistic, and of a chosen size."""

from __future__ import annotations

import base64
import gzip
import json
import random
from typing import Any


def cloudwatch_logs_event(log_events: int) -> dict[str, Any]:
    """A subscription event whose payload holds `log_events` realistic log lines (each with a request id,
    so the payload compresses like real logs, not like repeated text)."""
    generator = random.Random(log_events)
    document = {
        "messageType": "DATA_MESSAGE",
        "owner": "123456789012",
        "logGroup": "/aws/lambda/orders",
        "logStream": "2024/01/01/[$LATEST]0123456789abcdef0123456789abcdef",
        "subscriptionFilters": ["errors"],
        "logEvents": [
            {
                "id": f"3719579203123456789012345678901234567890123456{index:08d}",
                "timestamp": 1704067200000 + index,
                "message": f"2024-01-01T00:00:00Z {generator.getrandbits(128):032x} INFO order {index} processed"
                f" in {generator.randrange(1000)} ms for tenant acme",
            }
            for index in range(log_events)
        ],
    }
    data = base64.b64encode(gzip.compress(json.dumps(document).encode())).decode()
    return {"awslogs": {"data": data}}
