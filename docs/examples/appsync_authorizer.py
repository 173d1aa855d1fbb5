"""An AppSync Lambda authorizer: known tokens may run operations, but only admins may delete."""

from __future__ import annotations

from lambda_events import AppSyncAuthorizerEventDict, AppSyncAuthorizerResponse, AppSyncAuthorizerResponseDict, LambdaContext

TOKENS = {"BE9DC5E3-D410-4733-AF76-70178092E681": ("user-7", "member"), "admin-token": ("user-1", "admin")}
"""Tokens and their users (a real authorizer would verify a signed token)."""


def handler(event: AppSyncAuthorizerEventDict, context: LambdaContext) -> AppSyncAuthorizerResponseDict:
    """Authorize known tokens for five minutes; resolvers see the user id in `identity.resolverContext`."""
    user = TOKENS.get(event["authorizationToken"])
    if user is None:
        return AppSyncAuthorizerResponse(authorize=False).asdict()
    user_id, role = user
    denied = [] if role == "admin" else ["Mutation.deleteTask"]
    return AppSyncAuthorizerResponse(
        authorize=True, max_age=300, resolver_context={"user": user_id}, deny_fields=denied
    ).asdict()
