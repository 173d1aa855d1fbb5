"""Test events of the Amazon Cognito pre token generation trigger, in its three forms: event version one,
versions two and three for a user's sign-in, and the machine-to-machine client credentials grant."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, cast

from lambda_events.testing._cognito import Trigger, trigger, trigger_event
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Seed

if TYPE_CHECKING:
    from lambda_events.types.cognito import (
        CognitoGroupConfigurationDict,
        PreTokenGenerationClientCredentialsTriggerEventDict,
        PreTokenGenerationTriggerEventDict,
        PreTokenGenerationV2TriggerEventDict,
    )

__all__ = [
    "cognito_pre_token_generation_client_credentials_event",
    "cognito_pre_token_generation_event",
    "cognito_pre_token_generation_v2_event",
]

TokenGenerationSource = Literal[
    "TokenGeneration_HostedAuth",
    "TokenGeneration_Authentication",
    "TokenGeneration_NewPasswordChallenge",
    "TokenGeneration_AuthenticateDevice",
    "TokenGeneration_RefreshTokens",
]
"""How the user is getting tokens."""


def _groups(pool: Trigger, groups: Sequence[str]) -> CognitoGroupConfigurationDict:
    """The group configuration of a user in `groups`, each with an IAM role; the first group is preferred."""
    roles = [pool.scene.arn("iam", f"role/{group}-role", regional=False) for group in groups]
    return {"groupsToOverride": list(groups), "iamRolesToOverride": roles, "preferredRole": roles[0] if roles else None}


def cognito_pre_token_generation_event(
    *,
    trigger_source: TokenGenerationSource = "TokenGeneration_Authentication",
    groups: Sequence[str] = (),
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> PreTokenGenerationTriggerEventDict:
    """A pre token generation trigger event, version one (ID token only), for a user in `groups`."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool,
        trigger_source,
        {"userAttributes": pool.attributes, "groupConfiguration": _groups(pool, groups)},
        {"claimsOverrideDetails": None},
        client_metadata=client_metadata,
    )
    return cast("PreTokenGenerationTriggerEventDict", event)


def cognito_pre_token_generation_v2_event(
    *,
    trigger_source: TokenGenerationSource = "TokenGeneration_Authentication",
    groups: Sequence[str] = (),
    scopes: Sequence[str] = ("openid", "profile", "aws.cognito.signin.user.admin"),
    version: Literal["2", "3"] = "2",
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> PreTokenGenerationV2TriggerEventDict:
    """A pre token generation trigger event, version two or three (ID and access tokens), for a user in
    `groups` asking for `scopes`."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool,
        trigger_source,
        {"userAttributes": pool.attributes, "groupConfiguration": _groups(pool, groups), "scopes": list(scopes)},
        {"claimsAndScopeOverrideDetails": None},
        version=version,
        client_metadata=client_metadata,
    )
    return cast("PreTokenGenerationV2TriggerEventDict", event)


def cognito_pre_token_generation_client_credentials_event(
    *,
    scopes: Sequence[str] = ("orders/read",),
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> PreTokenGenerationClientCredentialsTriggerEventDict:
    """A pre token generation trigger event (version three) for an app client's client credentials grant:
    no user, only the requested `scopes`."""
    pool = trigger(user_name="", user_attributes=None, seed=seed, at=at, region=region, account=account)
    event = trigger_event(
        pool,
        "TokenGeneration_ClientCredentials",
        {"scopes": list(scopes)},
        {"claimsAndScopeOverrideDetails": None},
        version="3",
        with_user=False,
        client_metadata=client_metadata,
    )
    return cast("PreTokenGenerationClientCredentialsTriggerEventDict", event)
