"""Lambda authorizers whose IAM policies are written by hand: a REST `TOKEN` authorizer, a WebSocket `$connect`
authorizer, and an HTTP API authorizer that answers with a policy rather than a simple response.

The builders (`APIGatewayAuthorizerResponse`) and the HTTP API simple response are shown by the docs
examples (`docs/examples/api_gateway_token_authorizer.py`, `examples/http_api_authorizer.py`).
"""

from __future__ import annotations

from lambda_events import (
    APIGatewayAuthorizerEventV2Dict,
    APIGatewayAuthorizerPolicyDocumentDict,
    APIGatewayAuthorizerPolicyStatementDict,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerTokenEventDict,
    APIGatewayAuthorizerWebSocketEventDict,
)

TOKENS = {"allow-token": "user-1234"}


def stage_policy(principal: str | None, arn: str) -> APIGatewayAuthorizerResponseDict:
    """A policy allowing every route of the stage of a method or route ARN; denying it without a principal."""
    api_arn, stage = arn.split("/")[:2]
    statement: APIGatewayAuthorizerPolicyStatementDict = {
        "Action": "execute-api:Invoke",
        "Effect": "Allow" if principal else "Deny",
        "Resource": f"{api_arn}/{stage}/*",
    }
    policy: APIGatewayAuthorizerPolicyDocumentDict = {"Version": "2012-10-17", "Statement": [statement]}
    return {"principalId": principal or "anonymous", "policyDocument": policy}


def token_handler(event: APIGatewayAuthorizerTokenEventDict, context: object) -> APIGatewayAuthorizerResponseDict:
    """Allow every method of the stage to known bearer tokens, deny the rest."""
    principal = TOKENS.get(event["authorizationToken"].removeprefix("Bearer "))
    response = stage_policy(principal, event["methodArn"])
    if principal:
        response["context"] = {"tenant": "acme", "tier": 2, "beta": False}
    return response


def websocket_handler(
    event: APIGatewayAuthorizerWebSocketEventDict, context: object
) -> APIGatewayAuthorizerResponseDict:
    """Let a client connect when the connection URL's `token` query parameter is known."""
    principal = TOKENS.get(event["queryStringParameters"].get("token", ""))
    response = stage_policy(principal, event["methodArn"])
    if principal:
        origin = event["headers"].get("Origin", "unknown")
        response["context"] = {"origin": origin, "connectedAt": event["requestContext"]["connectedAt"]}
    return response


def http_policy_handler(event: APIGatewayAuthorizerEventV2Dict, context: object) -> APIGatewayAuthorizerResponseDict:
    """Answer an HTTP API (payload 2.0, simple responses off) with a policy over every route of the stage."""
    sources = event.get("identitySource") or []
    response = stage_policy(TOKENS.get(sources[0]) if sources else None, event["routeArn"])
    response["context"] = {"route": event["routeKey"], "method": event["requestContext"]["http"]["method"]}
    return response
