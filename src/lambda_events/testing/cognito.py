"""Test events of the Amazon Cognito user pool triggers of sign-up, sign-in and user migration.

Every factory takes the user's name and attributes (added to those of a confirmed user with a verified email
address), and gives the `response` Cognito sends before the function fills it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional

from lambda_events.testing._cognito import trigger
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
    event: PreSignUpTriggerEventDict = {
        "version": "1",
        "triggerSource": trigger_source,
        "region": region,
        "userPoolId": pool.user_pool_id,
        "userName": pool.user_name,
        "callerContext": pool.caller,
        "request": {"userAttributes": attributes},
        "response": {"autoConfirmUser": False, "autoVerifyEmail": False, "autoVerifyPhone": False},
    }
    if validation_data is not None:
        event["request"]["validationData"] = dict(validation_data)
    if client_metadata is not None:
        event["request"]["clientMetadata"] = dict(client_metadata)
    return event


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
    event: PostConfirmationTriggerEventDict = {
        "version": "1",
        "triggerSource": trigger_source,
        "region": region,
        "userPoolId": pool.user_pool_id,
        "userName": pool.user_name,
        "callerContext": pool.caller,
        "request": {"userAttributes": dict(pool.attributes)},
        "response": {},
    }
    if client_metadata is not None:
        event["request"]["clientMetadata"] = dict(client_metadata)
    return event


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
    event: PreAuthenticationTriggerEventDict = {
        "version": "1",
        "triggerSource": "PreAuthentication_Authentication",
        "region": region,
        "userPoolId": pool.user_pool_id,
        "userName": pool.user_name,
        "callerContext": pool.caller,
        "request": {"userAttributes": pool.attributes},
        "response": {},
    }
    if validation_data is not None:
        event["request"]["validationData"] = dict(validation_data)
    return event


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
    event: PostAuthenticationTriggerEventDict = {
        "version": "1",
        "triggerSource": "PostAuthentication_Authentication",
        "region": region,
        "userPoolId": pool.user_pool_id,
        "userName": pool.user_name,
        "callerContext": pool.caller,
        "request": {"userAttributes": pool.attributes, "newDeviceUsed": new_device_used},
        "response": {},
    }
    if client_metadata is not None:
        event["request"]["clientMetadata"] = dict(client_metadata)
    return event


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
    event: UserMigrationTriggerEventDict = {
        "version": "1",
        "triggerSource": trigger_source,
        "region": region,
        "userPoolId": pool.user_pool_id,
        "userName": user_name,
        "callerContext": pool.caller,
        "request": {},
        "response": {
            "userAttributes": None,
            "finalUserStatus": None,
            "messageAction": None,
            "desiredDeliveryMediums": None,
            "forceAliasCreation": None,
            "enableSMSMFA": None,
        },
    }
    if trigger_source == "UserMigration_Authentication":
        event["request"]["password"] = password if password is not None else pool.scene.base64(12)
    if validation_data is not None:
        event["request"]["validationData"] = dict(validation_data)
    if client_metadata is not None:
        event["request"]["clientMetadata"] = dict(client_metadata)
    return event
