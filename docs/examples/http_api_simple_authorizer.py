"""An HTTP API Lambda authorizer with simple responses (payload format 2.0)."""

from __future__ import annotations

from lambda_events import (
    APIGatewayAuthorizerEventV2Dict,
    APIGatewayAuthorizerResponseV2,
    APIGatewayAuthorizerResponseV2Dict,
    LambdaContext,
    get_header,
)

API_KEYS = {"value": "partner-42"}
"""Keys handed to partners (a real authorizer would look them up in a store)."""


def handler(event: APIGatewayAuthorizerEventV2Dict, context: LambdaContext) -> APIGatewayAuthorizerResponseV2Dict:
    """Let a request through when its `Authorization` header is a known key; tell the route who called."""
    partner = API_KEYS.get(get_header(event, "authorization", ""))
    if partner is None:
        return APIGatewayAuthorizerResponseV2(authorize=False).asdict()
    return APIGatewayAuthorizerResponseV2(authorize=True, context={"partner": partner}).asdict()
