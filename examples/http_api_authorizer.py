"""An HTTP API Lambda authorizer with simple responses:
a yes or no, and a context for the integration.

The identity source of the authorizer is `$request.header.Authorization`,
so `identitySource` holds the token; API Gateway answers `401` itself,
without calling the function, when a request lacks it."""

from __future__ import annotations

from lambda_events import (
    APIGatewayAuthorizerEventV2Dict,
    APIGatewayAuthorizerResponseV2,
    APIGatewayAuthorizerResponseV2Dict,
)

ACCOUNTS_BY_TOKEN = {"user1": {"account": "acct-7", "plan": "gold", "roles": ["reader", "writer"]}}
"""Stands in for the token validation (a JWT library, a session store)."""


def handler(
    event: APIGatewayAuthorizerEventV2Dict, context: object
) -> APIGatewayAuthorizerResponseV2Dict:
    """Let known tokens through with their account as context; refuse the others."""
    identity = event.get("identitySource") or []
    account = ACCOUNTS_BY_TOKEN.get(identity[0]) if identity else None
    if account is None:
        return APIGatewayAuthorizerResponseV2().asdict()
    return APIGatewayAuthorizerResponseV2(authorize=True, context=account).asdict()
