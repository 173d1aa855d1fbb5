"""Test events of AWS AppSync GraphQL APIs:
direct Lambda resolvers (single and batched), template resolvers and Lambda authorizers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.appsync import (
        AppSyncAuthorizerEventDict,
        AppSyncBatchResolverEventDict,
        AppSyncIdentityCognitoDict,
        AppSyncIdentityDict,
        AppSyncRequestDict,
        AppSyncResolverEventDict,
        AppSyncResolverTemplateEventDict,
    )

__all__ = [
    "appsync_authorizer_event",
    "appsync_batch_resolver_event",
    "appsync_cognito_identity",
    "appsync_resolver_event",
    "appsync_resolver_template_event",
]


def appsync_api_host(scene: Scenario, api_id: str) -> str:
    """The host name of a GraphQL API's endpoint."""
    return f"{api_id}.appsync-api.{scene.region}.amazonaws.com"


def _request(scene: Scenario, api_id: str, source_ip: str) -> AppSyncRequestDict:
    """The request of a resolver event: the headers of a browser's GraphQL call through the API's endpoint."""
    return {
        "headers": {
            "accept": "application/json, text/plain, */*",
            "content-type": "application/json",
            "host": appsync_api_host(scene, api_id),
            "x-amzn-requestid": scene.uuid(),
            "x-forwarded-for": source_ip,
            "x-forwarded-proto": "https",
        },
        "domainName": None,
    }


def appsync_cognito_identity(
    *,
    username: str = "jane.doe",
    groups: Sequence[str] = (),
    user_pool_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AppSyncIdentityCognitoDict:
    """The `identity` of a request authorized by a Cognito user pool, for the resolver factories."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    sub = scene.uuid()
    pool = user_pool_id or f"{region}_{scene.chars(9)}"
    issuer = f"https://cognito-idp.{region}.amazonaws.com/{pool}"
    issued = scene.epoch_ms() // 1000
    claims: dict[str, Any] = {
        "sub": sub,
        "iss": issuer,
        "cognito:username": username,
        "aud": scene.lower_id(26),
        "token_use": "id",
        "auth_time": issued,
        "iat": issued,
        "exp": issued + 3600,
        "email": f"{username}@example.com",
        "email_verified": True,
    }
    if groups:
        claims["cognito:groups"] = list(groups)
    return {
        "sub": sub,
        "issuer": issuer,
        "username": username,
        "claims": claims,
        "sourceIp": [scene.ip()],
        "defaultAuthStrategy": "ALLOW",
        "groups": list(groups) or None,
    }


def appsync_resolver_event(
    *,
    field_name: str = "getPost",
    arguments: Optional[Mapping[str, Any]] = None,
    parent_type: str = "Query",
    source: Optional[Mapping[str, Any]] = None,
    identity: Optional[AppSyncIdentityDict] = None,
    selection: Sequence[str] = ("id",),
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AppSyncResolverEventDict:
    """A Direct Lambda resolver event for `parent_type.field_name`, selecting the fields in `selection`. The
    request is authorized with an API key unless `identity` is given (see `appsync_cognito_identity`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        "arguments": dict(arguments or {}),
        "identity": identity,
        "source": dict(source) if source is not None else None,
        "request": _request(scene, scene.lower_id(26), scene.ip()),
        "prev": None,
        "info": {
            "fieldName": field_name,
            "parentTypeName": parent_type,
            "variables": {},
            "selectionSetList": list(selection),
            "selectionSetGraphQL": "{\n" + "".join(f"  {field}\n" for field in selection) + "}",
        },
        "stash": {},
    }


def appsync_batch_resolver_event(
    *,
    sources: Sequence[Mapping[str, Any]] = ({"id": "post-1"}, {"id": "post-2"}),
    field_name: str = "author",
    parent_type: str = "Post",
    identity: Optional[AppSyncIdentityDict] = None,
    selection: Sequence[str] = ("id", "name"),
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AppSyncBatchResolverEventDict:
    """A batched Direct Lambda resolver event: one context per parent object of `sources`, resolving the same
    nested field for each."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return [
        appsync_resolver_event(
            field_name=field_name,
            parent_type=parent_type,
            source=source,
            identity=identity,
            selection=selection,
            **scene.factory_arguments(),
        )
        for source in sources
    ]


def appsync_resolver_template_event(
    *,
    field_name: str = "getPost",
    type_name: str = "Query",
    arguments: Optional[Mapping[str, Any]] = None,
    identity: Optional[AppSyncIdentityDict] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AppSyncResolverTemplateEventDict:
    """The payload Amplify's resolver mapping template sends for a `@function` field."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        "typeName": type_name,
        "fieldName": field_name,
        "arguments": dict(arguments or {}),
        "identity": identity,
        "source": None,
        "request": _request(scene, scene.lower_id(26), scene.ip()),
        "prev": None,
    }


def appsync_authorizer_event(
    *,
    token: str = "Bearer example-token",
    query: str = "query GetPost($id: ID!) { getPost(id: $id) { id title } }",
    variables: Optional[Mapping[str, Any]] = None,
    operation_name: Optional[str] = "GetPost",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AppSyncAuthorizerEventDict:
    """An AppSync Lambda authorizer event for a request carrying `token` in its `Authorization` header."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    api_id = scene.lower_id(26)
    event: AppSyncAuthorizerEventDict = {
        "authorizationToken": token,
        "requestContext": {
            "apiId": api_id,
            "accountId": account,
            "requestId": scene.uuid(),
            "queryString": query,
            "variables": dict(variables or {"id": "post-1"}),
        },
        "requestHeaders": {
            "authorization": token,
            "content-type": "application/json",
            "host": appsync_api_host(scene, api_id),
        },
    }
    if operation_name is not None:
        event["requestContext"]["operationName"] = operation_name
    return event
