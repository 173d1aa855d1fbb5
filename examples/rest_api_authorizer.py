"""A REST API `REQUEST` authorizer: unknown callers are denied everything,
administrators may call every route, and other users may only read their profile.

API Gateway caches the returned policy for the caller's token (the
authorizer's TTL) and applies it to every method it covers, so the policy
names all the routes the user may call, not only the one being called."""

from __future__ import annotations

from typing import NamedTuple

from lambda_events import (
    DENY_ALL_RESPONSE,
    APIGatewayAuthorizerRequestEventDict,
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseDict,
    HttpVerb,
)


class User(NamedTuple):
    """Who a token belongs to."""

    id: str
    name: str
    is_admin: bool


USERS_BY_TOKEN = {
    "Bearer 4f9c2e51": User("u-1001", "Ada", is_admin=True),
    "Bearer 7d31b0a8": User("u-1002", "Bob", is_admin=False),
}
"""Stands in for the identity provider that would validate the token."""


def bearer_token(event: APIGatewayAuthorizerRequestEventDict) -> str:
    """The `Authorization` header, whatever the letter case the client used for its name."""
    return next(
        (value for name, value in event["headers"].items() if name.lower() == "authorization"), ""
    )


def handler(
    event: APIGatewayAuthorizerRequestEventDict, context: object
) -> APIGatewayAuthorizerResponseDict:
    """Deny unknown callers; allow administrators everything and users `GET /user-profile`."""
    user = USERS_BY_TOKEN.get(bearer_token(event))
    if user is None:
        return DENY_ALL_RESPONSE
    policy = APIGatewayAuthorizerResponse.from_route_arn(
        event["methodArn"], user.id, context={"name": user.name, "admin": user.is_admin}
    )
    if user.is_admin:
        policy.allow_all_routes()
    else:
        policy.allow_route(HttpVerb.GET, "/user-profile")
    return policy.asdict()
