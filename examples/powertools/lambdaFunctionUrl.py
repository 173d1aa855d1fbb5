"""Powertools' `lambdaFunctionUrl.py`: a function URL that greets `GET` requests.

Differences:
- The `None` returned for other methods is written out (`return None`), as `mypy --strict` asks.
"""

from __future__ import annotations

from typing import Optional

from lambda_events import LambdaContext, LambdaFunctionUrlEventDict, LambdaFunctionUrlResponseDict


def lambda_handler(
    event: LambdaFunctionUrlEventDict, context: LambdaContext
) -> Optional[LambdaFunctionUrlResponseDict]:
    """Greet `GET` requests (and answer nothing, so `null`, to the others)."""
    if event["requestContext"]["http"]["method"] == "GET":
        return {"statusCode": 200, "body": "Hello World!"}
    return None
