"""A REST API token authorizer: unknown callers are
denied, admins may do everything, others may read."""

from __future__ import annotations

from lambda_events import (
    DENY_ALL_RESPONSE,
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerTokenEventDict,
    HttpVerb,
    LambdaContext,
)

USERS = {"allow": ("user-1", "reader"), "admin-token": ("user-2", "admin")}
"""Bearer tokens and who they belong to (a real authorizer
verifies a JWT or asks an identity provider)."""


def handler(
    event: APIGatewayAuthorizerTokenEventDict, context: LambdaContext
) -> APIGatewayAuthorizerResponseDict:
    """Return the IAM policy for the caller; API Gateway
    caches it for the token, for every route."""
    user = USERS.get(event["authorizationToken"].removeprefix("Bearer "))
    if user is None:
        return DENY_ALL_RESPONSE
    user_id, role = user
    policy = APIGatewayAuthorizerResponse.from_route_arn(
        event["methodArn"], user_id, context={"role": role}
    )
    if role == "admin":
        policy.allow_all_routes()
    else:
        policy.allow_route(HttpVerb.GET, "/pets")
        policy.allow_route(HttpVerb.GET, "/pets/*")
    return policy.asdict()
