"""Powertools' `apigw_proxy_decorator.py`: a REST API handler that greets `GET` requests to a path
containing "hello".

Differences: none.
"""

from __future__ import annotations

from lambda_events import APIGatewayProxyEventDict, APIGatewayProxyResponseDict, LambdaContext


def lambda_handler(event: APIGatewayProxyEventDict, context: LambdaContext) -> APIGatewayProxyResponseDict:
    """Greet `GET` requests whose path holds "hello"; answer `400` to the others."""
    if "hello" in event["path"] and event["httpMethod"] == "GET":
        return {"statusCode": 200, "body": f"Hello from path: {event['path']}"}
    else:
        return {"statusCode": 400, "body": "No Hello from path"}
