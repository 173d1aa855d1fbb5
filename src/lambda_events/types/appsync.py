"""AWS AppSync GraphQL APIs: the Direct Lambda resolver event (alone and batched), the payload of the
widely used Amplify resolver mapping template, and the Lambda authorizer's request and answer.

The caller's `identity` depends on the authorization mode of the request: a Cognito user pool, IAM, an
OpenID Connect provider, a Lambda authorizer, or an API key (then `identity` is `null`). The identity
types are `@final`, so a check such as `"userArn" in identity` narrows the union to one of them.
"""

from typing import Any, Optional, Union, final

from lambda_events._typing import NotRequired, TypedDict
from lambda_events.types._appsync_identity import (
    AppSyncIdentityCognitoDict,
    AppSyncIdentityIAMDict,
    AppSyncIdentityOIDCDict,
)

__all__ = [
    "AppSyncAuthorizerEventDict",
    "AppSyncAuthorizerRequestContextDict",
    "AppSyncAuthorizerResponseDict",
    "AppSyncBatchResolverEventDict",
    "AppSyncIdentityCognitoDict",
    "AppSyncIdentityDict",
    "AppSyncIdentityIAMDict",
    "AppSyncIdentityLambdaDict",
    "AppSyncIdentityOIDCDict",
    "AppSyncInfoDict",
    "AppSyncPrevDict",
    "AppSyncRequestDict",
    "AppSyncResolverEventDict",
    "AppSyncResolverTemplateEventDict",
]


@final
class AppSyncIdentityLambdaDict(TypedDict):
    """The caller of a request authorized by a Lambda authorizer."""

    resolverContext: dict[str, Any]
    """The `resolverContext` the authorizer function returned."""


AppSyncIdentityDict = Union[
    AppSyncIdentityCognitoDict,
    AppSyncIdentityIAMDict,
    AppSyncIdentityOIDCDict,
    AppSyncIdentityLambdaDict,
]
"""The caller of a request, by authorization mode; the `identity` key is `null` for API key requests."""


class AppSyncRequestDict(TypedDict):
    """The HTTP request that carried the GraphQL operation."""

    headers: dict[str, str]
    """The request headers by lowercase name. (The Rust crate allows `null` values; AppSync documents header
    values as strings, and the other catalogues agree.)"""
    domainName: NotRequired[Optional[str]]
    """The custom domain name the request was sent to; `null` for the API's own endpoint (absent from events
    of older AppSync releases)."""


class AppSyncInfoDict(TypedDict):
    """The GraphQL field being resolved."""

    fieldName: str
    """The name of the field (`getPost`, `createTask`)."""
    parentTypeName: str
    """The type the field belongs to (`Query`, `Mutation`, `Subscription` or an object type)."""
    variables: dict[str, Any]
    """The variables of the operation, by name."""
    selectionSetList: list[str]
    """The paths of the fields selected below this one (`id`, `author/name`)."""
    selectionSetGraphQL: str
    """The selection set below this field, as GraphQL text."""


class AppSyncPrevDict(TypedDict):
    """What the previous step of a pipeline resolver returned."""

    result: Any
    """The previous function's result (the before step's result for the first function)."""


class AppSyncResolverEventDict(TypedDict):
    """The event of a Direct Lambda resolver: AppSync's context object for one field."""

    arguments: dict[str, Any]
    """The field's GraphQL arguments, by name."""
    identity: Optional[AppSyncIdentityDict]
    """The caller; `null` when the request was authorized with an API key. Always sent: DefinitelyTyped marks it
    optional, but AppSync's context reference and the .NET library describe `null`, not absence, for API keys."""
    source: Optional[dict[str, Any]]
    """The resolved parent object of a nested field; `null` for fields of `Query`, `Mutation` and
    `Subscription`."""
    request: AppSyncRequestDict
    """The HTTP request."""
    prev: Optional[AppSyncPrevDict]
    """The previous pipeline step's result; `null` outside pipelines. The Rust crate also accepts it absent; every
    Direct Lambda resolver event AppSync documents carries it, `null` or not, so it stays required."""
    info: AppSyncInfoDict
    """The field being resolved."""
    stash: dict[str, Any]
    """The map that the steps of a pipeline resolver share; empty for unit resolvers."""


AppSyncBatchResolverEventDict = list[AppSyncResolverEventDict]
"""The event of a Direct Lambda resolver with batching on: one context per field to resolve, returned as a
list of results in the same order."""


class AppSyncResolverTemplateEventDict(TypedDict):
    """The payload of the request mapping template Amplify generates for a `@function` field.

    The template passes selected context parts plus the field's type and name at the top level, instead of
    the whole context a Direct Lambda resolver receives.
    """

    typeName: str
    """The type the field belongs to (`Query`, `Mutation` or an object type)."""
    fieldName: str
    """The name of the field being resolved."""
    arguments: dict[str, Any]
    """The field's GraphQL arguments, by name."""
    identity: Optional[AppSyncIdentityDict]
    """The caller; `null` when the request was authorized with an API key. Always sent: DefinitelyTyped marks it
    optional, but AppSync's context reference and the .NET library describe `null`, not absence, for API keys."""
    source: Optional[dict[str, Any]]
    """The resolved parent object of a nested field; `null` for root fields."""
    request: AppSyncRequestDict
    """The HTTP request."""
    prev: Optional[AppSyncPrevDict]
    """The previous pipeline step's result; `null` when there is none."""


class AppSyncAuthorizerRequestContextDict(TypedDict):
    """The GraphQL operation a Lambda authorizer is asked about."""

    apiId: str
    """The id of the GraphQL API."""
    accountId: str
    """The AWS account that owns the API."""
    requestId: str
    """The id AppSync gave the request."""
    queryString: str
    """The GraphQL document of the request, as text."""
    operationName: NotRequired[str]
    """The name of the operation to run; absent when the request names none."""
    variables: dict[str, Any]
    """The variables of the operation, by name."""


class AppSyncAuthorizerEventDict(TypedDict):
    """The event of an AppSync Lambda authorizer: decide whether a request may run."""

    authorizationToken: str
    """The value of the request's `Authorization` header."""
    requestContext: AppSyncAuthorizerRequestContextDict
    """The API and the operation."""
    requestHeaders: NotRequired[dict[str, str]]
    """The request headers by lowercase name (absent from events of older AppSync releases)."""


class AppSyncAuthorizerResponseDict(TypedDict):
    """What a Lambda authorizer returns to AppSync."""

    isAuthorized: bool
    """`true` to let the request run."""
    resolverContext: NotRequired[dict[str, Any]]
    """Data the resolvers receive as `identity.resolverContext` (keep it small: it is cached and logged)."""
    deniedFields: NotRequired[list[str]]
    """Fields to resolve to `null` with an authorization error: `Type.field` names or field ARNs."""
    ttlOverride: NotRequired[int]
    """Seconds to cache this answer, replacing the authorizer's configured TTL (0 disables caching)."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, Sequence, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

AppSyncResolverHandler = Callable[["AppSyncResolverEventDict", "LambdaContext"], object]
"""An AppSync Direct Lambda resolver; return the field's value (any JSON value)."""

AppSyncBatchResolverHandler = Callable[["AppSyncBatchResolverEventDict", "LambdaContext"], Sequence[object]]
"""An AppSync batching resolver; return one value per event, in the same order."""

AppSyncResolverTemplateHandler = Callable[["AppSyncResolverTemplateEventDict", "LambdaContext"], object]
"""A resolver behind Amplify's request mapping template; return the field's value (any JSON value)."""

AppSyncAuthorizerHandler = Callable[["AppSyncAuthorizerEventDict", "LambdaContext"], "AppSyncAuthorizerResponseDict"]
"""An AppSync Lambda authorizer; return whether the request is authorized."""

__all__ += ["AppSyncResolverHandler", "AppSyncBatchResolverHandler", "AppSyncResolverTemplateHandler", "AppSyncAuthorizerHandler"]
# --- end generated handler aliases ---
