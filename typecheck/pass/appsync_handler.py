"""AppSync Direct Lambda resolvers and a Lambda authorizer."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    AppSyncAuthorizerEventDict,
    AppSyncAuthorizerResponseDict,
    AppSyncBatchResolverEventDict,
    AppSyncIdentityDict,
    AppSyncResolverEventDict,
)

POSTS = {"post-1": {"id": "post-1", "title": "Hello", "authorId": "author-9", "tenant": "acme"}}
AUTHORS = {"author-9": {"id": "author-9", "name": "Jane Doe"}}


def caller_of(identity: AppSyncIdentityDict | None) -> str:
    """Describe the caller, whatever the authorization mode."""
    if identity is None:
        return "api-key"
    if "userArn" in identity:
        return identity["userArn"]
    if "resolverContext" in identity:
        return str(identity["resolverContext"].get("userId", "unknown"))
    if "groups" in identity:
        groups = identity["groups"] or []
        return f"{identity['username']} ({', '.join(groups)})"
    return identity["sub"]


def can_edit(identity: AppSyncIdentityDict | None) -> bool:
    """Only Cognito users of the editors group and IAM roles may edit."""
    if identity is None:
        return False
    if "groups" in identity:
        return "editors" in (identity["groups"] or [])
    return "userArn" in identity


def handler(event: AppSyncResolverEventDict, context: object) -> Any:
    """Resolve the fields of the schema, switching on the field name."""
    info = event["info"]
    print("resolving", info["parentTypeName"], info["fieldName"], "for", caller_of(event["identity"]))
    if info["fieldName"] == "getPost":
        return POSTS.get(str(event["arguments"]["id"]))
    if info["fieldName"] == "author" and event["source"] is not None:
        return AUTHORS.get(str(event["source"]["authorId"]))
    if info["fieldName"] == "updatePost":
        if not can_edit(event["identity"]):
            raise PermissionError("not allowed to edit posts")
        previous: dict[str, Any] = event["prev"]["result"] if event["prev"] is not None else {}
        return {**previous, **event["arguments"]["input"], "editedVia": event["request"].get("domainName")}
    raise ValueError(f"no resolver for {info['parentTypeName']}.{info['fieldName']}")


def batch_handler(events: AppSyncBatchResolverEventDict, context: object) -> list[Any]:
    """Resolve `Post.author` for many posts at once, in order."""
    return [AUTHORS.get(str(event["source"]["authorId"])) if event["source"] else None for event in events]


def authorizer(event: AppSyncAuthorizerEventDict, context: object) -> AppSyncAuthorizerResponseDict:
    """Allow requests with the right token; deny mutations of the admin field to everyone else."""
    token = event["authorizationToken"]
    operation = event["requestContext"].get("operationName", "anonymous")
    if token != "custom-authorized":
        return {"isAuthorized": False}
    return {
        "isAuthorized": True,
        "resolverContext": {"userId": "user-42", "operation": operation},
        "deniedFields": ["Mutation.deleteEverything"],
        "ttlOverride": 300,
    }
