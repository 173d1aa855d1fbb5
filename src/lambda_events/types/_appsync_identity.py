"""The identities AppSync's GraphQL and Events APIs share: Cognito user pool, IAM and OpenID Connect callers.

Each API module re-exports them beside its own Lambda-authorizer identity (whose context key differs).
"""

from typing import Any, Literal, Mapping, Optional, final

from lambda_events._typing import TypedDict

__all__ = ["AppSyncIdentityCognitoDict", "AppSyncIdentityIAMDict", "AppSyncIdentityOIDCDict"]


@final
class AppSyncIdentityCognitoDict(TypedDict):
    """The caller of a request authorized by an Amazon Cognito user pool."""

    sub: str
    """The user's unique id in the pool (the token's `sub` claim)."""
    issuer: str
    """The token issuer: the pool's URL (`https://cognito-idp.<region>.amazonaws.com/<pool id>`)."""
    username: str
    """The user name (the `cognito:username` claim)."""
    claims: dict[str, Any]
    """Every claim of the token, by name (`email`, `cognito:groups`, `auth_time`)."""
    sourceIp: list[str]
    """The caller's IP address, followed by the addresses of the proxies the request went through."""
    defaultAuthStrategy: Optional[Literal["ALLOW", "DENY"]]
    """`ALLOW` or `DENY`: the default action of the API's user pool configuration; may be `null`."""
    groups: Optional[list[str]]
    """The user's Cognito groups; `null` when the user is in none."""


@final
class AppSyncIdentityIAMDict(TypedDict):
    """The caller of a request signed with AWS credentials (IAM authorization)."""

    accountId: str
    """The AWS account id of the caller."""
    cognitoIdentityPoolId: Optional[str]
    """The Cognito identity pool that issued the credentials; `null` for other credentials."""
    cognitoIdentityId: Optional[str]
    """The caller's Cognito identity id; `null` when the credentials did not come from an identity pool."""
    sourceIp: list[str]
    """The caller's IP address, followed by the addresses of the proxies the request went through."""
    username: str
    """The IAM user or role id of the caller (`AROA...:session-name` for an assumed role)."""
    userArn: str
    """The ARN of the IAM user or assumed role that signed the request."""
    cognitoIdentityAuthType: Optional[Literal["authenticated", "unauthenticated"]]
    """Whether the Cognito identity is signed in or a guest; `null` outside identity pools."""
    cognitoIdentityAuthProvider: Optional[str]
    """The identity providers that authenticated the Cognito identity, comma-separated; `null` otherwise."""


@final
class AppSyncIdentityOIDCDict(TypedDict):
    """The caller of a request authorized by an OpenID Connect provider."""

    sub: str
    """The subject of the token (the `sub` claim)."""
    issuer: str
    """The token issuer (the `iss` claim)."""
    claims: Mapping[str, Any]
    """Every claim of the token, by name. A read-only `Mapping`, unlike the Cognito identity's `dict`: the
    Cognito identity has every key of this one, and without this difference mypy would merge the two in a
    union (a Cognito identity would then look like an OIDC one after narrowing)."""
