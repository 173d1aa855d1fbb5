"""A REST API proxy handler: reads a header and the query string (both may be null) and answers JSON."""

from __future__ import annotations

import json

from lambda_events import (
    APIGatewayCognitoAuthorizerContextDict,
    APIGatewayProxyEventDict,
    APIGatewayProxyResponseDict,
)

# The method has a Cognito user pool authorizer (or none, on the stage used for local tests).
PetsEventDict = APIGatewayProxyEventDict[APIGatewayCognitoAuthorizerContextDict]


def caller_name(event: PetsEventDict) -> str:
    """The Cognito user name when the method has a user pool authorizer, else the source IP."""
    authorizer = event["requestContext"].get("authorizer")
    if authorizer is not None:
        return authorizer["claims"].get("cognito:username", "unknown")
    return event["requestContext"]["identity"]["sourceIp"]


def handler(event: PetsEventDict, context: object) -> APIGatewayProxyResponseDict:
    """Greet the caller in the language of the Accept-Language header."""
    headers = event["headers"] or {}
    language = headers.get("accept-language") or headers.get("Accept-Language") or "en"
    query = event["queryStringParameters"] or {}
    greeting = "Bonjour" if language.startswith("fr") else "Hello"
    payload = {"message": f"{greeting}, {query.get('name', caller_name(event))}!", "stage": event["requestContext"]["stage"]}
    response: APIGatewayProxyResponseDict = {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(payload),
    }
    if event["httpMethod"] == "HEAD":
        response["body"] = ""
    return response
