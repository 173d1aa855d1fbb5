"""An AppSync Direct Lambda resolver for several fields, switching on the field name."""

from __future__ import annotations

from typing import Any, Optional

from lambda_events import AppSyncIdentityDict, AppSyncResolverEventDict, LambdaContext

TASKS: dict[str, dict[str, Any]] = {
    "t-1": {"id": "t-1", "title": "Write the docs", "owner": "jdoe"}
}
"""The data source (a real resolver would query a database)."""


def caller(identity: Optional[AppSyncIdentityDict]) -> str:
    """Who is calling, whatever the API's authorization mode: each `in` test narrows the union."""
    if identity is None:
        return "api-key"  # API key authorization sends no identity
    if "userArn" in identity:
        return identity["userArn"]  # IAM
    if "resolverContext" in identity:
        # Lambda authorizer
        return str(identity["resolverContext"].get("user", "lambda-authorized"))
    if "username" in identity:
        return identity["username"]  # Cognito user pools
    return identity["sub"]  # OpenID Connect


def handler(event: AppSyncResolverEventDict, context: LambdaContext) -> Any:
    """Resolve `Query.getTask` and `Mutation.createTask`;
    any other field is a configuration mistake."""
    field = event["info"]["fieldName"]
    if field == "getTask":
        return TASKS.get(str(event["arguments"]["id"]))
    if field == "createTask":
        task_id = f"t-{len(TASKS) + 1}"
        TASKS[task_id] = {
            "id": task_id,
            "title": event["arguments"]["title"],
            "owner": caller(event["identity"]),
        }
        return TASKS[task_id]
    raise ValueError(f"no resolver for {event['info']['parentTypeName']}.{field}")
