"""Test events of the Amazon Cognito user pool triggers of sign-up, sign-in and user migration.

Every factory takes the user's name and attributes (added to those of a confirmed user with a verified email
address), and gives the `response` Cognito sends before the function fills it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, cast

from lambda_events.testing._cognito import trigger, trigger_event
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Seed

if TYPE_CHECKING:
    from lambda_events.types.cognito import (
        PostAuthenticationTriggerEventDict,
        PostConfirmationTriggerEventDict,
        PreAuthenticationTriggerEventDict,
        PreSignUpTriggerEventDict,
        UserMigrationTriggerEventDict,
    )

__all__ = [
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_user_migration_event",
]

PreSignUpSource = Literal["PreSignUp_SignUp", "PreSignUp_AdminCreateUser", "PreSignUp_ExternalProvider"]
"""What started a sign-up."""
PostConfirmationSource = Literal["PostConfirmation_ConfirmSignUp", "PostConfirmation_ConfirmForgotPassword"]
"""What the user confirmed."""
UserMigrationSource = Literal["UserMigration_Authentication", "UserMigration_ForgotPassword"]
"""What an unknown user tried."""


def cognito_pre_sign_up_event(
    *,
    trigger_source: PreSignUpSource = "PreSignUp_SignUp",
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    validation_data: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> PreSignUpTriggerEventDict:
    """A pre sign-up trigger event (the new user is not confirmed yet)."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    attributes = {**pool.attributes, "cognito:user_status": "UNCONFIRMED", "email_verified": "false"}
    attributes.update(user_attributes or {})
    event = trigger_event(
        pool,
        trigger_source,
        {"userAttributes": attributes},
        {"autoConfirmUser": False, "autoVerifyEmail": False, "autoVerifyPhone": False},
        validation_data=validation_data,
        client_metadata=client_metadata,
    )
    return cast("PreSignUpTriggerEventDict", event)


def cognito_post_confirmation_event(
    *,
    trigger_source: PostConfirmationSource = "PostConfirmation_ConfirmSignUp",
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> PostConfirmationTriggerEventDict:
    """A post confirmation trigger event."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool, trigger_source, {"userAttributes": pool.attributes}, {}, client_metadata=client_metadata
    )
    return cast("PostConfirmationTriggerEventDict", event)


def cognito_pre_authentication_event(
    *,
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    validation_data: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> PreAuthenticationTriggerEventDict:
    """A pre authentication trigger event (`validation_data`: the client metadata of the sign-in)."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool,
        "PreAuthentication_Authentication",
        {"userAttributes": pool.attributes},
        {},
        validation_data=validation_data,
    )
    return cast("PreAuthenticationTriggerEventDict", event)


def cognito_post_authentication_event(
    *,
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    new_device_used: bool = False,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> PostAuthenticationTriggerEventDict:
    """A post authentication trigger event."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool,
        "PostAuthentication_Authentication",
        {"userAttributes": pool.attributes, "newDeviceUsed": new_device_used},
        {},
        client_metadata=client_metadata,
    )
    return cast("PostAuthenticationTriggerEventDict", event)


def cognito_user_migration_event(
    *,
    trigger_source: UserMigrationSource = "UserMigration_Authentication",
    user_name: str = "jane.doe",
    password: Optional[str] = None,
    validation_data: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> UserMigrationTriggerEventDict:
    """A user migration trigger event for a user Cognito does not know. A sign-in carries the `password`
    the user typed (a random one by default); a forgotten-password request carries none."""
    pool = trigger(user_name=user_name, user_attributes=None, seed=seed, at=at, region=region, account=account)
    request: dict[str, str] = {}
    if trigger_source == "UserMigration_Authentication":
        request["password"] = password if password is not None else pool.scene.base64(12)
    unanswered = {
        "userAttributes": None,
        "finalUserStatus": None,
        "messageAction": None,
        "desiredDeliveryMediums": None,
        "forceAliasCreation": None,
        "enableSMSMFA": None,
    }
    event = trigger_event(
        pool,
        trigger_source,
        request,
        unanswered,
        validation_data=validation_data,
        client_metadata=client_metadata,
    )
    return cast("UserMigrationTriggerEventDict", event)
