"""Powertools' `getting_started_data_classes.py`: the first example, a REST API handler that greets `GET`
requests to a path containing "hello".

Differences:
- Powertools' example wraps the event (`api_event = APIGatewayProxyEvent(event)`); with the wrapping line
  dropped, the handler reads `event` where it read `api_event`.
"""

from __future__ import annotations

from lambda_events import APIGatewayProxyEventDict, APIGatewayProxyResponseDict, LambdaContext


def lambda_handler(event: APIGatewayProxyEventDict, context: LambdaContext) -> APIGatewayProxyResponseDict:
    """Greet `GET` requests whose path holds "hello"; answer `400` to the others."""
    if "hello" in event["path"] and event["httpMethod"] == "GET":
        return {"statusCode": 200, "body": f"Hello from path: {event['path']}"}
    else:
        return {"statusCode": 400, "body": "No Hello from path"}
