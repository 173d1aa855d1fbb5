"""Test events of the Amazon Cognito triggers that concern the messages sent to users: custom message, and
the custom email and SMS senders (which receive the code encrypted)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional, cast

from lambda_events.testing._cognito import encrypted_code, trigger, trigger_event
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Seed

if TYPE_CHECKING:
    from lambda_events.types.cognito import (
        CustomEmailSenderTriggerEventDict,
        CustomMessageTriggerEventDict,
        CustomSMSSenderTriggerEventDict,
    )

__all__ = ["cognito_custom_email_sender_event", "cognito_custom_message_event", "cognito_custom_sms_sender_event"]

CustomMessageSource = Literal[
    "CustomMessage_SignUp",
    "CustomMessage_AdminCreateUser",
    "CustomMessage_ResendCode",
    "CustomMessage_ForgotPassword",
    "CustomMessage_UpdateUserAttribute",
    "CustomMessage_VerifyUserAttribute",
    "CustomMessage_Authentication",
]
"""Which message Cognito is about to send."""
CustomEmailSenderSource = Literal[
    "CustomEmailSender_SignUp",
    "CustomEmailSender_ResendCode",
    "CustomEmailSender_ForgotPassword",
    "CustomEmailSender_UpdateUserAttribute",
    "CustomEmailSender_VerifyUserAttribute",
    "CustomEmailSender_AdminCreateUser",
    "CustomEmailSender_AccountTakeOverNotification",
    "CustomEmailSender_Authentication",
]
"""Which email the function must send."""
CustomSMSSenderSource = Literal[
    "CustomSMSSender_SignUp",
    "CustomSMSSender_ResendCode",
    "CustomSMSSender_ForgotPassword",
    "CustomSMSSender_UpdateUserAttribute",
    "CustomSMSSender_VerifyUserAttribute",
    "CustomSMSSender_AdminCreateUser",
    "CustomSMSSender_Authentication",
]
"""Which text message the function must send."""


def cognito_custom_message_event(
    *,
    trigger_source: CustomMessageSource = "CustomMessage_SignUp",
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CustomMessageTriggerEventDict:
    """A custom message trigger event, with the placeholders Cognito gives (`{####}`; `{username}` for an
    administrator's invitation)."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool,
        trigger_source,
        {
            "userAttributes": pool.attributes,
            "codeParameter": "{####}",
            "linkParameter": "{##Click Here##}",
            "usernameParameter": "{username}" if trigger_source == "CustomMessage_AdminCreateUser" else None,
        },
        {"smsMessage": None, "emailMessage": None, "emailSubject": None},
        client_metadata=client_metadata,
    )
    return cast("CustomMessageTriggerEventDict", event)


def cognito_custom_email_sender_event(
    *,
    trigger_source: CustomEmailSenderSource = "CustomEmailSender_SignUp",
    code: Optional[str] = None,
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CustomEmailSenderTriggerEventDict:
    """A custom email sender trigger event. `code` is the encrypted code (random ciphertext by default; none
    for an account takeover notification)."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    takeover = trigger_source == "CustomEmailSender_AccountTakeOverNotification"
    event = trigger_event(
        pool,
        trigger_source,
        {
            "type": "customEmailSenderRequestV1",
            "code": code if code is not None or takeover else encrypted_code(pool.scene),
            "userAttributes": pool.attributes,
        },
        None,
        client_metadata=client_metadata,
    )
    return cast("CustomEmailSenderTriggerEventDict", event)


def cognito_custom_sms_sender_event(
    *,
    trigger_source: CustomSMSSenderSource = "CustomSMSSender_SignUp",
    code: Optional[str] = None,
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CustomSMSSenderTriggerEventDict:
    """A custom SMS sender trigger event for a user with a phone number; `code` is the encrypted code
    (random ciphertext by default)."""
    phone = {"phone_number": "+12065550100", "phone_number_verified": "true", **(user_attributes or {})}
    pool = trigger(user_name=user_name, user_attributes=phone, seed=seed, at=at, region=region, account=account)
    event = trigger_event(
        pool,
        trigger_source,
        {
            "type": "customSMSSenderRequestV1",
            "code": code if code is not None else encrypted_code(pool.scene),
            "userAttributes": pool.attributes,
        },
        None,
        client_metadata=client_metadata,
    )
    return cast("CustomSMSSenderTriggerEventDict", event)
