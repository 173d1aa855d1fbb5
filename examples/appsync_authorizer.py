"""An AppSync Lambda authorizer: known tokens may run
operations, but only administrators may create events.

The answer is cached per token for `max_age` seconds; `resolver_context` reaches the resolvers as
`$ctx.identity.resolverContext`, and the denied fields
resolve to `null` with an authorization error."""

from __future__ import annotations

from typing import NamedTuple

from lambda_events import (
    AppSyncAuthorizerEventDict,
    AppSyncAuthorizerResponse,
    AppSyncAuthorizerResponseDict,
)


class Member(NamedTuple):
    """Who a token belongs to."""

    id: str
    name: str
    is_admin: bool


MEMBERS_BY_TOKEN = {
    "BE9DC5E3-D410-4733-AF76-70178092E681": Member("m-17", "Foo Man", is_admin=False),
    "0A3F6C21-9B7E-4D2C-8E51-3C9A7B2D1E40": Member("m-1", "Root", is_admin=True),
}
"""Stands in for the token store."""


def handler(event: AppSyncAuthorizerEventDict, context: object) -> AppSyncAuthorizerResponseDict:
    """Refuse unknown tokens; deny `Mutation.createEvent` to members who are not administrators."""
    member = MEMBERS_BY_TOKEN.get(event["authorizationToken"])
    if member is None:
        return AppSyncAuthorizerResponse(authorize=False, max_age=0).asdict()
    return AppSyncAuthorizerResponse(
        authorize=True,
        max_age=300,
        resolver_context={"memberId": member.id, "name": member.name},
        deny_fields=None if member.is_admin else ["Mutation.createEvent"],
    ).asdict()
