"""Powertools' `albEvent.py`: an Application Load Balancer target that greets `GET` requests to a path
containing "lambda".

Differences: none.
"""

from __future__ import annotations

from lambda_events import ALBEventDict, ALBResponseDict, LambdaContext


def lambda_handler(event: ALBEventDict, context: LambdaContext) -> ALBResponseDict:
    """Greet `GET` requests whose path holds "lambda"; answer `400` to the others."""
    if "lambda" in event["path"] and event["httpMethod"] == "GET":
        return {"statusCode": 200, "body": f"Hello from path: {event['path']}"}
    else:
        return {"statusCode": 400, "body": "No Hello from path"}
