"""Misuses of the AppSync types that both checkers must reject."""

from lambda_events import AppSyncAuthorizerResponseDict, AppSyncIdentityDict, AppSyncResolverEventDict


def identity_may_be_null(event: AppSyncResolverEventDict) -> str:
    return event["identity"]["sub"]  # expect-error: mypy[index,typeddict-item] pyright[reportGeneralTypeIssues,reportOptionalSubscript,reportUnknownVariableType]


def field_name_is_camel_case(event: AppSyncResolverEventDict) -> str:
    return event["info"]["fieldname"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def iam_callers_have_no_groups(identity: AppSyncIdentityDict) -> object:
    if "userArn" in identity:
        return identity["groups"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return None


def source_may_be_null(event: AppSyncResolverEventDict) -> object:
    return event["source"]["id"]  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownVariableType]


def authorization_is_a_boolean() -> AppSyncAuthorizerResponseDict:
    return {"isAuthorized": "yes"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def ttl_is_seconds(response: AppSyncAuthorizerResponseDict) -> None:
    response["ttlOverride"] = "5m"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
