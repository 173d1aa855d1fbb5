"""Powertools' `apigw_proxy_v2.py`: an HTTP API handler that greets `POST` requests to a path containing
"hello".

Differences:
- `event.path` is `event["rawPath"]` and `event.http_method` is `event["requestContext"]["http"]["method"]`:
  the keys where API Gateway's payload format 2.0 puts them (Powertools' data class adds the two shortcuts).
"""

from __future__ import annotations

from lambda_events import APIGatewayProxyEventV2Dict, APIGatewayProxyResponseV2Dict, LambdaContext


def lambda_handler(
    event: APIGatewayProxyEventV2Dict, context: LambdaContext
) -> APIGatewayProxyResponseV2Dict:
    """Greet `POST` requests whose path holds "hello"; answer `400` to the others."""
    if "hello" in event["rawPath"] and event["requestContext"]["http"]["method"] == "POST":
        return {"statusCode": 200, "body": f"Hello from path: {event['rawPath']}"}
    else:
        return {"statusCode": 400, "body": "No Hello from path"}
