"""Lambda authorizers: a REST TOKEN authorizer that returns an IAM policy, and an HTTP API simple authorizer."""

from __future__ import annotations

from lambda_events import (
    APIGatewayAuthorizerEventV2Dict,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2Dict,
    APIGatewayAuthorizerTokenEventDict,
)

TOKENS = {"allow-token": "user-1234"}


def token_handler(event: APIGatewayAuthorizerTokenEventDict, context: object) -> APIGatewayAuthorizerResponseDict:
    """Allow every method of the stage to known bearer tokens, deny the rest."""
    token = event["authorizationToken"].removeprefix("Bearer ")
    principal = TOKENS.get(token)
    api_arn, stage = event["methodArn"].split("/")[:2]
    response: APIGatewayAuthorizerResponseDict = {
        "principalId": principal or "anonymous",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Action": "execute-api:Invoke",
                    "Effect": "Allow" if principal else "Deny",
                    "Resource": f"{api_arn}/{stage}/*",
                }
            ],
        },
    }
    if principal:
        response["context"] = {"tenant": "acme", "tier": 2, "beta": False}
    return response


def simple_handler(event: APIGatewayAuthorizerEventV2Dict, context: object) -> APIGatewayAuthorizerResponseV2Dict:
    """Let requests through whose first identity source is a known token."""
    sources = event.get("identitySource") or []
    principal = TOKENS.get(sources[0]) if sources else None
    if principal is None:
        return {"isAuthorized": False}
    return {"isAuthorized": True, "context": {"principal": principal, "route": event["routeKey"]}}
