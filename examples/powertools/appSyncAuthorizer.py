"""Powertools' `appSyncAuthorizer.py`: an AppSync Lambda authorizer that refuses unknown tokens and denies
`Mutation.deleteEvent` to users who are not administrators.

Differences:
- `get_user_by_token` looks the token up in a small table (`USERS_BY_TOKEN`); Powertools' example leaves
  its body out (`...`), so it always refuses.
- Powertools' `Logger` and its `inject_lambda_context` decorator (correlation id from the request id) are
  left out: the logger is not part of the data classes.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from lambda_events import (
    AppSyncAuthorizerEventDict,
    AppSyncAuthorizerResponse,
    AppSyncAuthorizerResponseDict,
    LambdaContext,
)


class User(NamedTuple):
    """Who a token belongs to."""

    id: str
    is_admin: bool


USERS_BY_TOKEN = {"BE9DC5E3-D410-4733-AF76-70178092E681": User("u-7", is_admin=False)}
"""Stands in for the token store."""


def get_user_by_token(token: str) -> Optional[User]:
    """The user the token belongs to, or `None`."""
    return USERS_BY_TOKEN.get(token)


def lambda_handler(
    event: AppSyncAuthorizerEventDict, context: LambdaContext
) -> AppSyncAuthorizerResponseDict:
    """Refuse unknown tokens; deny `Mutation.deleteEvent` to users who are not administrators."""
    user = get_user_by_token(event["authorizationToken"])

    if not user:
        return AppSyncAuthorizerResponse().asdict()

    return AppSyncAuthorizerResponse(
        authorize=True,
        resolver_context={"id": user.id},
        deny_fields=None if user.is_admin else ["Mutation.deleteEvent"],
    ).asdict()
