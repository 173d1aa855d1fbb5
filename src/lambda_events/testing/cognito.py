"""Test events of the Amazon Cognito user pool triggers, one factory per trigger."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional, cast

from lambda_events.testing._cognito import Trigger, encrypted_code, trigger, trigger_event
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Seed

if TYPE_CHECKING:
    from lambda_events.types.cognito import (
        CognitoChallengeName,
        CognitoChallengeResultDict,
        CognitoFederationProviderType,
        CognitoGroupConfigurationDict,
        CreateAuthChallengeTriggerEventDict,
        CustomEmailSenderTriggerEventDict,
        CustomMessageTriggerEventDict,
        CustomSMSSenderTriggerEventDict,
        DefineAuthChallengeTriggerEventDict,
        InboundFederationTriggerEventDict,
        PostAuthenticationTriggerEventDict,
        PostConfirmationTriggerEventDict,
        PreAuthenticationTriggerEventDict,
        PreSignUpTriggerEventDict,
        PreTokenGenerationClientCredentialsTriggerEventDict,
        PreTokenGenerationTriggerEventDict,
        PreTokenGenerationV2TriggerEventDict,
        UserMigrationTriggerEventDict,
        VerifyAuthChallengeResponseTriggerEventDict,
    )

__all__ = [
    "cognito_create_auth_challenge_event",
    "cognito_custom_email_sender_event",
    "cognito_custom_message_event",
    "cognito_custom_sms_sender_event",
    "cognito_define_auth_challenge_event",
    "cognito_inbound_federation_event",
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_pre_token_generation_client_credentials_event",
    "cognito_pre_token_generation_event",
    "cognito_pre_token_generation_v2_event",
    "cognito_user_migration_event",
    "cognito_verify_auth_challenge_response_event",
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


def cognito_define_auth_challenge_event(
    *,
    session: Sequence[CognitoChallengeResultDict] = (),
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> DefineAuthChallengeTriggerEventDict:
    """A define auth challenge trigger event after the challenges of `session` (none: the sign-in starts)."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool,
        "DefineAuthChallenge_Authentication",
        {"userAttributes": pool.attributes, "session": list(session), "userNotFound": False},
        {"challengeName": None, "issueTokens": None, "failAuthentication": None},
    )
    return cast("DefineAuthChallengeTriggerEventDict", event)


def cognito_create_auth_challenge_event(
    *,
    challenge_name: CognitoChallengeName = "CUSTOM_CHALLENGE",
    session: Sequence[CognitoChallengeResultDict] = (),
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CreateAuthChallengeTriggerEventDict:
    """A create auth challenge trigger event for `challenge_name`, after the challenges of `session`."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool,
        "CreateAuthChallenge_Authentication",
        {
            "userAttributes": pool.attributes,
            "challengeName": challenge_name,
            "session": list(session),
            "userNotFound": False,
        },
        {"publicChallengeParameters": None, "privateChallengeParameters": None, "challengeMetadata": None},
    )
    return cast("CreateAuthChallengeTriggerEventDict", event)


def cognito_verify_auth_challenge_response_event(
    *,
    answer: str = "42",
    expected: Optional[Mapping[str, str]] = None,
    user_name: Optional[str] = None,
    user_attributes: Optional[Mapping[str, str]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> VerifyAuthChallengeResponseTriggerEventDict:
    """A verify auth challenge response trigger event: the user's `answer`, and the private challenge
    parameters the create trigger set (`expected`; by default `{"answer": <answer>}`, a right answer)."""
    pool = trigger(
        user_name=user_name, user_attributes=user_attributes, seed=seed, at=at, region=region, account=account
    )
    event = trigger_event(
        pool,
        "VerifyAuthChallengeResponse_Authentication",
        {
            "userAttributes": pool.attributes,
            "privateChallengeParameters": dict(expected) if expected is not None else {"answer": answer},
            "challengeAnswer": answer,
            "userNotFound": False,
        },
        {"answerCorrect": None},
    )
    return cast("VerifyAuthChallengeResponseTriggerEventDict", event)


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


_PROVIDER_TYPES = ("OIDC", "SAML", "Facebook", "Google", "SignInWithApple", "LoginWithAmazon")


def cognito_inbound_federation_event(
    *,
    provider_type: CognitoFederationProviderType = "OIDC",
    provider_name: Optional[str] = None,
    claims: Optional[Mapping[str, Any]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> InboundFederationTriggerEventDict:
    """An inbound federation trigger event for a user signing in through a provider of `provider_type`: a SAML
    provider's assertion attributes, or an OIDC or social provider's token response, decoded ID token and
    userInfo, each holding `claims` (an email address and its verification by default).

    Raises `ValueError` for an unknown `provider_type`.
    """
    if provider_type not in _PROVIDER_TYPES:
        raise ValueError(f"provider_type must be one of {', '.join(_PROVIDER_TYPES)}, not {provider_type!r}")
    default_name = "CorporateIdP" if provider_type in ("OIDC", "SAML") else provider_type
    name = provider_name if provider_name is not None else default_name
    pool = trigger(user_name=None, user_attributes=None, seed=seed, at=at, region=region, account=account)
    subject = pool.scene.digits(21)
    found: dict[str, Any] = {"email": "jane@example.com", "email_verified": True, **(claims or {})}
    attributes: dict[str, Any]
    if provider_type == "SAML":
        attributes = {"samlResponse": {"NameID": subject, **{key: str(value) for key, value in found.items()}}}
    else:
        issued = int(pool.scene.now.timestamp())
        attributes = {
            "tokenResponse": {
                "access_token": pool.scene.base64(96),
                "id_token": pool.scene.base64(240),
                "token_type": "Bearer",
                "expires_in": 3600,
                "scope": "openid email profile",
            },
            "idToken": {"sub": subject, "iss": "https://idp.example.com", "iat": issued, "exp": issued + 3600, **found},
            "userInfo": {"sub": subject, **found},
        }
    event = trigger_event(
        pool._replace(user_name=f"{name}_{subject}"),
        "InboundFederation_ExternalProvider",
        {"providerName": name, "providerType": provider_type, "attributes": attributes},
        {},
    )
    return cast("InboundFederationTriggerEventDict", event)


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
