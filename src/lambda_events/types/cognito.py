"""Amazon Cognito user pool Lambda triggers: one event per trigger, and their union keyed by `triggerSource`.

Cognito sends the event, your function writes into `response` and returns the whole event (the custom
sender triggers expect no response). Each trigger's `triggerSource` is a closed set of its own, so checking
it on a `CognitoUserPoolTriggerEventDict` narrows the union to that trigger's event. The pre token
generation trigger exists in two event versions that share their trigger sources: type your handler with
the version your user pool is configured to send.
"""

from typing import Any, Literal, Optional, Union

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CognitoFederationProviderType",
    "CognitoUserPoolTriggerHandler",
    "InboundFederationAttributesDict",
    "InboundFederationRequestDict",
    "InboundFederationResponseDict",
    "InboundFederationTriggerEventDict",
    "CognitoCallerContextDict",
    "CognitoChallengeName",
    "CognitoChallengeResultDict",
    "CognitoEmptyResponseDict",
    "CognitoGroupConfigurationDict",
    "CognitoGroupOverrideDetailsDict",
    "CognitoSenderCallerContextDict",
    "CognitoUserPoolTriggerEventDict",
    "CreateAuthChallengeRequestDict",
    "CreateAuthChallengeResponseDict",
    "CreateAuthChallengeTriggerEventDict",
    "CustomEmailSenderRequestDict",
    "CustomEmailSenderTriggerEventDict",
    "CustomMessageRequestDict",
    "CustomMessageResponseDict",
    "CustomMessageTriggerEventDict",
    "CustomSMSSenderRequestDict",
    "CustomSMSSenderTriggerEventDict",
    "DefineAuthChallengeRequestDict",
    "DefineAuthChallengeResponseDict",
    "DefineAuthChallengeTriggerEventDict",
    "PostAuthenticationRequestDict",
    "PostAuthenticationTriggerEventDict",
    "PostConfirmationRequestDict",
    "PostConfirmationTriggerEventDict",
    "PreAuthenticationRequestDict",
    "PreAuthenticationTriggerEventDict",
    "PreSignUpRequestDict",
    "PreSignUpResponseDict",
    "PreSignUpTriggerEventDict",
    "PreTokenGenerationAccessTokenDict",
    "PreTokenGenerationClaimsAndScopeOverrideDict",
    "PreTokenGenerationClaimsOverrideDict",
    "PreTokenGenerationClientCredentialsRequestDict",
    "PreTokenGenerationClientCredentialsTriggerEventDict",
    "PreTokenGenerationIdTokenDict",
    "PreTokenGenerationRequestDict",
    "PreTokenGenerationResponseDict",
    "PreTokenGenerationTriggerEventDict",
    "PreTokenGenerationV2RequestDict",
    "PreTokenGenerationV2ResponseDict",
    "PreTokenGenerationV2TriggerEventDict",
    "UserMigrationRequestDict",
    "UserMigrationResponseDict",
    "UserMigrationTriggerEventDict",
    "VerifyAuthChallengeResponseRequestDict",
    "VerifyAuthChallengeResponseResponseDict",
    "VerifyAuthChallengeResponseTriggerEventDict",
]

CognitoChallengeName = Literal[
    "CUSTOM_CHALLENGE",
    "SRP_A",
    "PASSWORD_VERIFIER",
    "SMS_MFA",
    "EMAIL_OTP",
    "SOFTWARE_TOKEN_MFA",
    "DEVICE_SRP_AUTH",
    "DEVICE_PASSWORD_VERIFIER",
    "ADMIN_NO_SRP_AUTH",
]
"""The steps of a sign-in that the custom authentication triggers see and choose between.

The values the Cognito developer guide lists for a `ChallengeResult` of the custom authentication triggers,
plus the MFA challenges Cognito has added since (`SOFTWARE_TOKEN_MFA`, `EMAIL_OTP`). Cognito adds challenges
over time: an open set."""

_MessageUserAttributes = dict[str, Union[str, bool]]
# Cognito documents every user attribute value as a string, but its published example events for the message
# and sender triggers (and post confirmation) write `email_verified` / `phone_number_verified` as JSON
# booleans, so the types of those triggers admit both.


class CognitoCallerContextDict(TypedDict):
    """Who called the user pool operation that fired the trigger."""

    awsSdkVersion: str
    """The SDK that made the call, with its version (`aws-sdk-unknown-unknown` when Cognito cannot tell)."""
    clientId: str
    """The id of the user pool app client the call was made for (`CLIENT_ID_NOT_APPLICABLE` for admin calls)."""


class CognitoSenderCallerContextDict(TypedDict):
    """The caller context of the custom message and custom sender triggers.

    Cognito's published examples of these events name the SDK key `awsSdk` instead of `awsSdkVersion`, so
    either is accepted; the client id may be `null` when no app client is involved.
    """

    awsSdkVersion: NotRequired[str]
    """The SDK that made the call, with its version."""
    awsSdk: NotRequired[str]
    """The same information under the name Cognito's examples of these triggers use."""
    clientId: Optional[str]
    """The id of the app client the call was made for; `null` when none was involved."""


class CognitoEmptyResponseDict(TypedDict):
    """The `response` of a trigger that takes no answer: Cognito sends it empty and reads nothing from it."""


class _CognitoTriggerCommonDict(TypedDict):
    """The keys every user pool trigger event has."""

    version: str
    """The version of the event format: `1` for most triggers, `2` or `3` for the newer pre token events."""
    region: str
    """The Region of the user pool."""
    userPoolId: str
    """The id of the user pool (`us-east-1_EXAMPLE`)."""


# --- Pre sign-up ----------------------------------------------------------------------------------------


class PreSignUpRequestDict(TypedDict):
    """What Cognito knows about the user who is signing up."""

    userAttributes: dict[str, str]
    """The attributes of the new user by name (`email`, `custom:domain`); every value is a string."""
    validationData: NotRequired[Optional[dict[str, str]]]
    """The `ValidationData` the client sent with the sign-up request, for your checks only (not stored)."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to `SignUp` or `AdminCreateUser`."""


class PreSignUpResponseDict(TypedDict):
    """What the function may decide about the new user (ignored for `PreSignUp_AdminCreateUser`)."""

    autoConfirmUser: NotRequired[bool]
    """Set to `true` to confirm the user without a confirmation code."""
    autoVerifyEmail: NotRequired[bool]
    """Set to `true` to mark the user's email address verified (it must then be present)."""
    autoVerifyPhone: NotRequired[bool]
    """Set to `true` to mark the user's phone number verified (it must then be present)."""


class PreSignUpTriggerEventDict(_CognitoTriggerCommonDict):
    """The pre sign-up trigger: accept or reject a registration before Cognito creates the user."""

    triggerSource: Literal["PreSignUp_SignUp", "PreSignUp_AdminCreateUser", "PreSignUp_ExternalProvider"]
    """A self sign-up, a user created by an administrator, or a first sign-in through a federated provider."""
    userName: str
    """The user name of the new user."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: PreSignUpRequestDict
    """The new user's attributes and the caller's extra data."""
    response: PreSignUpResponseDict
    """Where the function sets the auto-confirm and auto-verify flags."""


# --- Post confirmation ----------------------------------------------------------------------------------


class PostConfirmationRequestDict(TypedDict):
    """The confirmed user."""

    userAttributes: _MessageUserAttributes
    """The user's attributes by name; Cognito's own example shows the `*_verified` values as booleans."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to the confirming API call."""


class PostConfirmationTriggerEventDict(_CognitoTriggerCommonDict):
    """The post confirmation trigger: runs after a user confirms sign-up or a forgotten-password reset."""

    triggerSource: Literal["PostConfirmation_ConfirmSignUp", "PostConfirmation_ConfirmForgotPassword"]
    """Whether the user confirmed a sign-up or a new password."""
    userName: str
    """The user name of the confirmed user."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: PostConfirmationRequestDict
    """The confirmed user's attributes."""
    response: CognitoEmptyResponseDict
    """Empty: the trigger takes no answer."""


# --- Pre and post authentication ------------------------------------------------------------------------


class PreAuthenticationRequestDict(TypedDict):
    """The user who is signing in.

    There is no `clientMetadata` here (DefinitelyTyped declares one): Cognito passes the `ClientMetadata` of
    `InitiateAuth` to this trigger as `validationData`, and its documentation lists no other key.
    """

    userAttributes: dict[str, str]
    """The user's attributes by name; every value is a string."""
    validationData: NotRequired[Optional[dict[str, str]]]
    """The `ClientMetadata` the client sent with the sign-in request, passed on as validation data."""
    userNotFound: NotRequired[bool]
    """`true` when the user does not exist and the pool hides that (prevent user existence errors)."""


class PreAuthenticationTriggerEventDict(_CognitoTriggerCommonDict):
    """The pre authentication trigger: raise an error to deny a sign-in before Cognito checks credentials."""

    triggerSource: Literal["PreAuthentication_Authentication"]
    """Always `PreAuthentication_Authentication`."""
    userName: str
    """The user name given at sign-in."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: PreAuthenticationRequestDict
    """The user's attributes and the client's validation data."""
    response: CognitoEmptyResponseDict
    """Empty: deny the sign-in by raising an error."""


class PostAuthenticationRequestDict(TypedDict):
    """The user who has signed in."""

    userAttributes: dict[str, str]
    """The user's attributes by name; every value is a string."""
    newDeviceUsed: NotRequired[bool]
    """Whether the user signed in on a new device; sent only when the pool remembers devices."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to the sign-in call."""


class PostAuthenticationTriggerEventDict(_CognitoTriggerCommonDict):
    """The post authentication trigger: runs after a successful sign-in, for logging or analytics."""

    triggerSource: Literal["PostAuthentication_Authentication"]
    """Always `PostAuthentication_Authentication`."""
    userName: str
    """The user name of the signed-in user."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: PostAuthenticationRequestDict
    """The user's attributes and whether the device is new."""
    response: CognitoEmptyResponseDict
    """Empty: the trigger takes no answer."""


# --- Custom authentication challenges -------------------------------------------------------------------


class CognitoChallengeResultDict(TypedDict):
    """One challenge already presented in the current sign-in, and how the user answered it."""

    challengeName: CognitoChallengeName
    """Which challenge it was."""
    challengeResult: bool
    """`true` when the user answered it correctly."""
    challengeMetadata: NotRequired[str]
    """For a `CUSTOM_CHALLENGE`: the name the create-auth-challenge function gave it."""


class DefineAuthChallengeRequestDict(TypedDict):
    """The state of the custom sign-in so far."""

    userAttributes: dict[str, str]
    """The user's attributes by name; every value is a string."""
    session: list[CognitoChallengeResultDict]
    """The challenges presented so far, in order, with their results."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to `InitiateAuth` or `RespondToAuthChallenge`."""
    userNotFound: NotRequired[bool]
    """`true` when the user does not exist and the pool hides that; the function should fail the sign-in."""


class DefineAuthChallengeResponseDict(TypedDict):
    """The next step of the sign-in, chosen by the function."""

    challengeName: NotRequired[Optional[CognitoChallengeName]]
    """The challenge to present next (`CUSTOM_CHALLENGE` to invoke the create-auth-challenge trigger)."""
    issueTokens: NotRequired[Optional[bool]]
    """Set to `true` when the user has passed enough challenges and should receive tokens."""
    failAuthentication: NotRequired[Optional[bool]]
    """Set to `true` to end the sign-in with an error."""


class DefineAuthChallengeTriggerEventDict(_CognitoTriggerCommonDict):
    """The define auth challenge trigger: the state machine of a custom authentication flow."""

    triggerSource: Literal["DefineAuthChallenge_Authentication"]
    """Always `DefineAuthChallenge_Authentication`."""
    userName: str
    """The user name given at sign-in."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: DefineAuthChallengeRequestDict
    """The challenges so far."""
    response: DefineAuthChallengeResponseDict
    """Where the function writes the next step."""


class CreateAuthChallengeRequestDict(TypedDict):
    """The challenge to create and the sign-in so far."""

    userAttributes: dict[str, str]
    """The user's attributes by name; every value is a string."""
    challengeName: CognitoChallengeName
    """The challenge the define-auth-challenge function chose (`CUSTOM_CHALLENGE`)."""
    session: list[CognitoChallengeResultDict]
    """The challenges presented so far, in order, with their results."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to `InitiateAuth` or `RespondToAuthChallenge`."""
    userNotFound: NotRequired[bool]
    """`true` when the user does not exist and the pool hides that."""


class CreateAuthChallengeResponseDict(TypedDict):
    """The challenge the function created."""

    publicChallengeParameters: NotRequired[Optional[dict[str, str]]]
    """Sent to the client to present the challenge (a question, a CAPTCHA URL)."""
    privateChallengeParameters: NotRequired[Optional[dict[str, str]]]
    """Kept by Cognito and given to the verify trigger (the expected answer)."""
    challengeMetadata: NotRequired[Optional[str]]
    """A name for this challenge, shown in later `session` entries."""


class CreateAuthChallengeTriggerEventDict(_CognitoTriggerCommonDict):
    """The create auth challenge trigger: builds the custom challenge the user must answer."""

    triggerSource: Literal["CreateAuthChallenge_Authentication"]
    """Always `CreateAuthChallenge_Authentication`."""
    userName: str
    """The user name given at sign-in."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: CreateAuthChallengeRequestDict
    """The challenge to create and the sign-in so far."""
    response: CreateAuthChallengeResponseDict
    """Where the function writes the challenge."""


class VerifyAuthChallengeResponseRequestDict(TypedDict):
    """The user's answer and what it should be."""

    userAttributes: dict[str, str]
    """The user's attributes by name; every value is a string."""
    privateChallengeParameters: dict[str, str]
    """The private parameters the create-auth-challenge function set (the expected answer)."""
    challengeAnswer: str
    """The answer the user sent: a string, as Cognito documents it (aws-lambda-go leaves it untyped)."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to `RespondToAuthChallenge`."""
    userNotFound: NotRequired[bool]
    """`true` when the user does not exist and the pool hides that."""


class VerifyAuthChallengeResponseResponseDict(TypedDict):
    """The function's verdict on the answer."""

    answerCorrect: NotRequired[Optional[bool]]
    """Set to `true` when the answer is right."""


class VerifyAuthChallengeResponseTriggerEventDict(_CognitoTriggerCommonDict):
    """The verify auth challenge response trigger: checks the user's answer to a custom challenge."""

    triggerSource: Literal["VerifyAuthChallengeResponse_Authentication"]
    """Always `VerifyAuthChallengeResponse_Authentication`."""
    userName: str
    """The user name given at sign-in."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: VerifyAuthChallengeResponseRequestDict
    """The answer and the expected answer."""
    response: VerifyAuthChallengeResponseResponseDict
    """Where the function writes whether the answer is correct."""


# --- Pre token generation -------------------------------------------------------------------------------

_TokenGenerationUserSource = Literal[
    "TokenGeneration_HostedAuth",
    "TokenGeneration_Authentication",
    "TokenGeneration_NewPasswordChallenge",
    "TokenGeneration_AuthenticateDevice",
    "TokenGeneration_RefreshTokens",
]
# The pre token generation sources of a user's sign-in, shared by event versions one, two and three. Every
# `triggerSource` set in this module comes from the trigger's page of the Cognito developer guide; Cognito adds
# sources over time (`TokenGeneration_ClientCredentials` came in 2024), so they are open sets: narrowing on
# them works, and a new source is not a malformed event.


class CognitoGroupConfigurationDict(TypedDict):
    """The user's groups and IAM roles as Cognito would write them into the ID token."""

    groupsToOverride: list[str]
    """The names of the groups the user belongs to."""
    iamRolesToOverride: list[str]
    """The IAM role ARNs of those groups."""
    preferredRole: Optional[str]
    """The ARN of the role of the group with the highest precedence; `null` when no group has a role."""


class CognitoGroupOverrideDetailsDict(TypedDict):
    """Group claims the function wants in the tokens instead of the user's real groups."""

    groupsToOverride: NotRequired[list[str]]
    """The group names for the `cognito:groups` claim."""
    iamRolesToOverride: NotRequired[list[str]]
    """The role ARNs for the `cognito:roles` claim."""
    preferredRole: NotRequired[str]
    """The role ARN for the `cognito:preferred_role` claim."""


class PreTokenGenerationRequestDict(TypedDict):
    """The user and groups of a version-one pre token generation event."""

    userAttributes: dict[str, str]
    """The user's attributes by name; every value is a string."""
    groupConfiguration: CognitoGroupConfigurationDict
    """The user's groups and roles."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to the sign-in or refresh call."""


class PreTokenGenerationClaimsOverrideDict(TypedDict):
    """Changes to the ID token (version one)."""

    claimsToAddOrOverride: NotRequired[dict[str, str]]
    """Claims to add or replace; version one accepts string values only."""
    claimsToSuppress: NotRequired[list[str]]
    """Names of claims to leave out."""
    groupOverrideDetails: NotRequired[CognitoGroupOverrideDetailsDict]
    """Replacement group claims."""


class PreTokenGenerationResponseDict(TypedDict):
    """Where a version-one function writes its token changes."""

    claimsOverrideDetails: NotRequired[Optional[PreTokenGenerationClaimsOverrideDict]]
    """The changes to the ID token; `null` until the function sets it."""


class PreTokenGenerationTriggerEventDict(_CognitoTriggerCommonDict):
    """The pre token generation trigger, event version one (`V1_0`): customise the ID token."""

    triggerSource: _TokenGenerationUserSource
    """Hosted UI sign-in, API sign-in, a new-password challenge, device authentication or a token refresh."""
    userName: str
    """The user name of the user receiving tokens."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: PreTokenGenerationRequestDict
    """The user's attributes and groups."""
    response: PreTokenGenerationResponseDict
    """Where the function writes its changes."""


class PreTokenGenerationV2RequestDict(TypedDict):
    """The user, groups and scopes of a version-two or version-three pre token generation event."""

    userAttributes: dict[str, str]
    """The user's attributes by name; every value is a string."""
    groupConfiguration: CognitoGroupConfigurationDict
    """The user's groups and roles."""
    scopes: NotRequired[list[str]]
    """The scopes the access token would carry (`openid`, `aws.cognito.signin.user.admin`, custom scopes)."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to the sign-in or refresh call."""


class PreTokenGenerationIdTokenDict(TypedDict):
    """Changes to the ID token (versions two and three)."""

    claimsToAddOrOverride: NotRequired[dict[str, Any]]
    """Claims to add or replace: strings, numbers, booleans, arrays of those, or JSON objects."""
    claimsToSuppress: NotRequired[list[str]]
    """Names of claims to leave out."""


class PreTokenGenerationAccessTokenDict(TypedDict):
    """Changes to the access token (versions two and three)."""

    claimsToAddOrOverride: NotRequired[dict[str, Any]]
    """Claims to add or replace: strings, numbers, booleans, arrays of those, or JSON objects."""
    claimsToSuppress: NotRequired[list[str]]
    """Names of claims to leave out."""
    scopesToAdd: NotRequired[list[str]]
    """Scopes to add to the `scope` claim."""
    scopesToSuppress: NotRequired[list[str]]
    """Scopes to remove from the `scope` claim."""


class PreTokenGenerationClaimsAndScopeOverrideDict(TypedDict):
    """Changes to the ID and access tokens (versions two and three)."""

    idTokenGeneration: NotRequired[PreTokenGenerationIdTokenDict]
    """Changes to the ID token."""
    accessTokenGeneration: NotRequired[PreTokenGenerationAccessTokenDict]
    """Changes to the access token."""
    groupOverrideDetails: NotRequired[CognitoGroupOverrideDetailsDict]
    """Replacement group claims."""


class PreTokenGenerationV2ResponseDict(TypedDict):
    """Where a version-two or version-three function writes its token changes."""

    claimsAndScopeOverrideDetails: NotRequired[Optional[PreTokenGenerationClaimsAndScopeOverrideDict]]
    """The changes to both tokens; `null` until the function sets it."""


class PreTokenGenerationV2TriggerEventDict(_CognitoTriggerCommonDict):
    """The pre token generation trigger for a user's sign-in, event versions two and three (`V2_0`, `V3_0`).

    These versions can also change the access token. `version` is documented as `2` or `3`; published
    examples of this event carry `1`, so it is typed as a plain string.
    """

    triggerSource: _TokenGenerationUserSource
    """Hosted UI sign-in, API sign-in, a new-password challenge, device authentication or a token refresh."""
    userName: str
    """The user name of the user receiving tokens."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: PreTokenGenerationV2RequestDict
    """The user's attributes, groups and scopes."""
    response: PreTokenGenerationV2ResponseDict
    """Where the function writes its changes."""


class PreTokenGenerationClientCredentialsRequestDict(TypedDict):
    """The scopes of a machine-to-machine token request (event version three)."""

    scopes: list[str]
    """The scopes the access token would carry."""
    clientMetadata: NotRequired[Optional[dict[str, str]]]
    """The `ClientMetadata` the client sent with the token request (`aws_client_metadata` or `GetClientToken`)."""
    userAttributes: NotRequired[dict[str, str]]
    """Empty when sent: no user is involved in a client credentials grant."""
    groupConfiguration: NotRequired[CognitoGroupConfigurationDict]
    """Empty groups when sent: no user is involved in a client credentials grant."""


class PreTokenGenerationClientCredentialsTriggerEventDict(_CognitoTriggerCommonDict):
    """The pre token generation trigger for a machine-to-machine client credentials grant (version three)."""

    triggerSource: Literal["TokenGeneration_ClientCredentials"]
    """Always `TokenGeneration_ClientCredentials`."""
    userName: NotRequired[Optional[str]]
    """No user takes part in the grant; absent or `null`."""
    callerContext: CognitoCallerContextDict
    """The SDK and the app client that requested the token."""
    request: PreTokenGenerationClientCredentialsRequestDict
    """The requested scopes and the client's metadata."""
    response: PreTokenGenerationV2ResponseDict
    """Where the function writes its changes (only the access token is issued)."""


# --- User migration -------------------------------------------------------------------------------------


class UserMigrationRequestDict(TypedDict):
    """The credentials of a user Cognito does not know yet."""

    password: NotRequired[str]
    """The password the user entered at sign-in; absent in the forgot-password flow (DefinitelyTyped and
    aws-lambda-go declare it always present)."""
    validationData: NotRequired[Optional[dict[str, str]]]
    """The validation data the client sent with the sign-in request."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to the sign-in or forgot-password call."""


class UserMigrationResponseDict(TypedDict):
    """The migrated user, as the function found it in the old directory."""

    userAttributes: NotRequired[Optional[dict[str, str]]]
    """The attributes to create the user with (at least `email` or `phone_number` to reach the user)."""
    finalUserStatus: NotRequired[Optional[Literal["CONFIRMED", "RESET_REQUIRED"]]]
    """`CONFIRMED` to sign the user in now, `RESET_REQUIRED` to make them choose a new password first."""
    messageAction: NotRequired[Optional[Literal["RESEND", "SUPPRESS"]]]
    """`SUPPRESS` to skip the welcome message Cognito would send the migrated user."""
    desiredDeliveryMediums: NotRequired[Optional[list[Literal["EMAIL", "SMS"]]]]
    """How to send the welcome message."""
    forceAliasCreation: NotRequired[Optional[bool]]
    """`true` to move an email or phone alias that another user already holds to the migrated user."""
    enableSMSMFA: NotRequired[Optional[bool]]
    """`true` to require SMS multi-factor authentication from the migrated user."""


class UserMigrationTriggerEventDict(_CognitoTriggerCommonDict):
    """The migrate user trigger: import a user from another directory at sign-in or password reset."""

    triggerSource: Literal["UserMigration_Authentication", "UserMigration_ForgotPassword"]
    """A sign-in or a forgotten-password request by an unknown user."""
    userName: str
    """The user name the user entered."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the call."""
    request: UserMigrationRequestDict
    """The user's credentials."""
    response: UserMigrationResponseDict
    """Where the function writes the migrated user; Cognito sends the keys as `null`."""


# --- Custom message -------------------------------------------------------------------------------------


class CustomMessageRequestDict(TypedDict):
    """The message Cognito is about to send, as placeholders to build on."""

    userAttributes: _MessageUserAttributes
    """The user's attributes by name; Cognito's own examples show the `*_verified` values as booleans."""
    codeParameter: str
    """The placeholder (`{####}`) to put in the message where the code must appear."""
    linkParameter: NotRequired[Optional[str]]
    """The placeholder for a verification link (`{##Click Here##}`), for link-style email verification."""
    usernameParameter: NotRequired[Optional[str]]
    """The placeholder for the user name (`{username}`); set for `CustomMessage_AdminCreateUser`."""
    clientMetadata: NotRequired[dict[str, str]]
    """The `ClientMetadata` the caller passed to the call that sends the message."""


class CustomMessageResponseDict(TypedDict):
    """The message the function wants sent instead of the default one."""

    smsMessage: NotRequired[Optional[str]]
    """The SMS text; must contain `codeParameter`."""
    emailMessage: NotRequired[Optional[str]]
    """The email body; must contain `codeParameter` (and `usernameParameter` for admin-created users)."""
    emailSubject: NotRequired[Optional[str]]
    """The email subject."""


class CustomMessageTriggerEventDict(_CognitoTriggerCommonDict):
    """The custom message trigger: rewrite a verification, invitation or MFA message before Cognito sends it."""

    triggerSource: Literal[
        "CustomMessage_SignUp",
        "CustomMessage_AdminCreateUser",
        "CustomMessage_ResendCode",
        "CustomMessage_ForgotPassword",
        "CustomMessage_UpdateUserAttribute",
        "CustomMessage_VerifyUserAttribute",
        "CustomMessage_Authentication",
    ]
    """Which message: sign-up code, invitation, resent code, password reset, attribute change or
    verification, or MFA code."""
    userName: str
    """The user name of the recipient."""
    callerContext: CognitoSenderCallerContextDict
    """The SDK and app client of the call."""
    request: CustomMessageRequestDict
    """The placeholders and the user's attributes."""
    response: CustomMessageResponseDict
    """Where the function writes the message; Cognito sends the keys as `null`."""


# --- Custom email and SMS senders -----------------------------------------------------------------------


class CustomEmailSenderRequestDict(TypedDict):
    """The email the function must deliver itself."""

    type: Literal["customEmailSenderRequestV1"]
    """The request format; always `customEmailSenderRequestV1`."""
    code: Optional[str]
    """The code or temporary password, encrypted with the pool's KMS key (base64); `null` for
    account-takeover notifications, whose details are in `userAttributes`."""
    userAttributes: _MessageUserAttributes
    """The recipient's attributes by name; Cognito's own examples show the `*_verified` values as booleans."""
    clientMetadata: NotRequired[Optional[dict[str, str]]]
    """The `ClientMetadata` the caller passed to the call that sends the message."""


class CustomEmailSenderTriggerEventDict(_CognitoTriggerCommonDict):
    """The custom email sender trigger: Cognito hands every email to the function instead of sending it."""

    triggerSource: Literal[
        "CustomEmailSender_SignUp",
        "CustomEmailSender_ResendCode",
        "CustomEmailSender_ForgotPassword",
        "CustomEmailSender_UpdateUserAttribute",
        "CustomEmailSender_VerifyUserAttribute",
        "CustomEmailSender_AdminCreateUser",
        "CustomEmailSender_AccountTakeOverNotification",
        "CustomEmailSender_Authentication",
    ]
    """Which email: sign-up code, resent code, password reset, attribute change or verification,
    invitation, account-takeover warning, or sign-in code."""
    userName: str
    """The user name of the recipient."""
    callerContext: CognitoSenderCallerContextDict
    """The SDK and app client of the call."""
    request: CustomEmailSenderRequestDict
    """The encrypted code and the recipient's attributes."""
    response: NotRequired[CognitoEmptyResponseDict]
    """Cognito reads no answer from this asynchronous trigger."""


class CustomSMSSenderRequestDict(TypedDict):
    """The text message the function must deliver itself."""

    type: Literal["customSMSSenderRequestV1", "customEmailSenderRequestV1"]
    """The request format, documented as `customSMSSenderRequestV1`; a published example of this event
    carries the email sender's value, so both are accepted."""
    code: str
    """The code or temporary password, encrypted with the pool's KMS key (base64). DefinitelyTyped allows `null`
    as for the email sender; Cognito documents `null` only for the email sender's account-takeover notices."""
    userAttributes: _MessageUserAttributes
    """The recipient's attributes by name; Cognito's own examples show the `*_verified` values as booleans."""
    clientMetadata: NotRequired[Optional[dict[str, str]]]
    """The `ClientMetadata` the caller passed to the call that sends the message."""


class CustomSMSSenderTriggerEventDict(_CognitoTriggerCommonDict):
    """The custom SMS sender trigger: Cognito hands every text message to the function instead of sending it."""

    triggerSource: Literal[
        "CustomSMSSender_SignUp",
        "CustomSMSSender_ResendCode",
        "CustomSMSSender_ForgotPassword",
        "CustomSMSSender_UpdateUserAttribute",
        "CustomSMSSender_VerifyUserAttribute",
        "CustomSMSSender_AdminCreateUser",
        "CustomSMSSender_Authentication",
    ]
    """Which message: sign-up code, resent code, password reset, attribute change or verification,
    invitation, or sign-in code."""
    userName: str
    """The user name of the recipient."""
    callerContext: CognitoSenderCallerContextDict
    """The SDK and app client of the call."""
    request: CustomSMSSenderRequestDict
    """The encrypted code and the recipient's attributes."""
    response: NotRequired[CognitoEmptyResponseDict]
    """Cognito reads no answer from this asynchronous trigger."""


# --- Inbound federation -----------------------------------------------------------------------------------

CognitoFederationProviderType = Literal["OIDC", "SAML", "Facebook", "Google", "SignInWithApple", "LoginWithAmazon"]
"""The kinds of external identity provider (the Cognito developer guide, "Inbound federation Lambda trigger")."""


class InboundFederationAttributesDict(TypedDict):
    """What the identity provider sent, before Cognito maps it; the keys depend on the provider's kind.

    Values are left as JSON values: decoded ID token claims include numbers (`exp`) and booleans
    (`email_verified`), and a token response includes `expires_in`.
    """

    tokenResponse: NotRequired[dict[str, Any]]
    """The response of the provider's token endpoint (`access_token`, `id_token`, `refresh_token`,
    `token_type`, `expires_in`, `scope`); OIDC and social providers only."""
    idToken: NotRequired[dict[str, Any]]
    """The decoded claims of the provider's ID token; OIDC and social providers only."""
    userInfo: NotRequired[dict[str, Any]]
    """The provider's userInfo endpoint's answer; OIDC and social providers only."""
    samlResponse: NotRequired[dict[str, Any]]
    """The attributes of the SAML assertion; SAML providers only."""


class InboundFederationRequestDict(TypedDict):
    """The external identity provider and what it sent."""

    providerName: str
    """The identity provider's name in the user pool."""
    providerType: CognitoFederationProviderType
    """The kind of identity provider."""
    attributes: InboundFederationAttributesDict
    """The provider's raw response."""


class InboundFederationResponseDict(TypedDict):
    """The attributes Cognito applies to the user profile."""

    userAttributesToMap: NotRequired[dict[str, str]]
    """The attributes to store: every attribute to keep must be listed (the others are dropped); an empty
    object keeps the provider's attributes as the user pool's mapping makes them. Absent until the function
    sets it."""


class InboundFederationTriggerEventDict(_CognitoTriggerCommonDict):
    """The inbound federation trigger: runs after an external identity provider answered a sign-in, before
    Cognito creates or updates the federated user, to add, change or drop attributes."""

    triggerSource: Literal["InboundFederation_ExternalProvider"]
    """Always `InboundFederation_ExternalProvider`."""
    userName: str
    """The user name Cognito gives the federated user (`<provider>_<subject>`)."""
    callerContext: CognitoCallerContextDict
    """The SDK and app client of the sign-in."""
    request: InboundFederationRequestDict
    """The identity provider and its raw response."""
    response: InboundFederationResponseDict
    """Fill in `userAttributesToMap` and return the event."""



CognitoUserPoolTriggerEventDict = Union[
    PreSignUpTriggerEventDict,
    PostConfirmationTriggerEventDict,
    PreAuthenticationTriggerEventDict,
    PostAuthenticationTriggerEventDict,
    DefineAuthChallengeTriggerEventDict,
    CreateAuthChallengeTriggerEventDict,
    VerifyAuthChallengeResponseTriggerEventDict,
    PreTokenGenerationTriggerEventDict,
    PreTokenGenerationV2TriggerEventDict,
    PreTokenGenerationClientCredentialsTriggerEventDict,
    UserMigrationTriggerEventDict,
    CustomMessageTriggerEventDict,
    CustomEmailSenderTriggerEventDict,
    CustomSMSSenderTriggerEventDict,
    InboundFederationTriggerEventDict,
]
"""Any user pool trigger event; compare `event["triggerSource"]` with a value to narrow it to one trigger."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CognitoPreSignUpHandler = Callable[["PreSignUpTriggerEventDict", "LambdaContext"], "PreSignUpTriggerEventDict"]
"""A Cognito pre sign-up trigger; return the event with its `response` filled in."""

CognitoPostConfirmationHandler = Callable[
    ["PostConfirmationTriggerEventDict", "LambdaContext"],
    "PostConfirmationTriggerEventDict",
]
"""A Cognito post confirmation trigger; return the event."""

CognitoPreAuthenticationHandler = Callable[
    ["PreAuthenticationTriggerEventDict", "LambdaContext"],
    "PreAuthenticationTriggerEventDict",
]
"""A Cognito pre authentication trigger; return the event (raise to refuse the sign-in)."""

CognitoPostAuthenticationHandler = Callable[
    ["PostAuthenticationTriggerEventDict", "LambdaContext"],
    "PostAuthenticationTriggerEventDict",
]
"""A Cognito post authentication trigger; return the event."""

CognitoDefineAuthChallengeHandler = Callable[
    ["DefineAuthChallengeTriggerEventDict", "LambdaContext"],
    "DefineAuthChallengeTriggerEventDict",
]
"""A Cognito define auth challenge trigger; return the event with its `response` filled in."""

CognitoCreateAuthChallengeHandler = Callable[
    ["CreateAuthChallengeTriggerEventDict", "LambdaContext"],
    "CreateAuthChallengeTriggerEventDict",
]
"""A Cognito create auth challenge trigger; return the event with its `response` filled in."""

CognitoVerifyAuthChallengeResponseHandler = Callable[
    ["VerifyAuthChallengeResponseTriggerEventDict", "LambdaContext"],
    "VerifyAuthChallengeResponseTriggerEventDict",
]
"""A Cognito verify auth challenge response trigger; return the event with its `response` filled in."""

CognitoPreTokenGenerationHandler = Callable[
    ["PreTokenGenerationTriggerEventDict", "LambdaContext"],
    "PreTokenGenerationTriggerEventDict",
]
"""A Cognito pre token generation trigger, event version one; return the event with its `response` filled in."""

CognitoPreTokenGenerationV2Handler = Callable[
    ["PreTokenGenerationV2TriggerEventDict", "LambdaContext"],
    "PreTokenGenerationV2TriggerEventDict",
]
"""A Cognito pre token generation trigger (event versions two and three); return the event, `response` filled in."""

CognitoPreTokenGenerationClientCredentialsHandler = Callable[
    ["PreTokenGenerationClientCredentialsTriggerEventDict", "LambdaContext"],
    "PreTokenGenerationClientCredentialsTriggerEventDict",
]
"""A Cognito pre token generation trigger for a client credentials grant; return the event, `response` filled in."""

CognitoUserMigrationHandler = Callable[
    ["UserMigrationTriggerEventDict", "LambdaContext"],
    "UserMigrationTriggerEventDict",
]
"""A Cognito user migration trigger; return the event with the user's attributes in its `response`."""

CognitoCustomMessageHandler = Callable[
    ["CustomMessageTriggerEventDict", "LambdaContext"],
    "CustomMessageTriggerEventDict",
]
"""A Cognito custom message trigger; return the event with the message in its `response`."""

CognitoCustomEmailSenderHandler = Callable[["CustomEmailSenderTriggerEventDict", "LambdaContext"], object]
"""A Cognito custom email sender; Cognito invokes it asynchronously and ignores what it returns."""

CognitoCustomSMSSenderHandler = Callable[["CustomSMSSenderTriggerEventDict", "LambdaContext"], object]
"""A Cognito custom SMS sender; Cognito invokes it asynchronously and ignores what it returns."""

CognitoInboundFederationHandler = Callable[
    ["InboundFederationTriggerEventDict", "LambdaContext"],
    "InboundFederationTriggerEventDict",
]
"""A Cognito inbound federation trigger; return the event with `userAttributesToMap` filled in."""

__all__ += ["CognitoPreSignUpHandler", "CognitoPostConfirmationHandler", "CognitoPreAuthenticationHandler", "CognitoPostAuthenticationHandler", "CognitoDefineAuthChallengeHandler", "CognitoCreateAuthChallengeHandler", "CognitoVerifyAuthChallengeResponseHandler", "CognitoPreTokenGenerationHandler", "CognitoPreTokenGenerationV2Handler", "CognitoPreTokenGenerationClientCredentialsHandler", "CognitoUserMigrationHandler", "CognitoCustomMessageHandler", "CognitoCustomEmailSenderHandler", "CognitoCustomSMSSenderHandler", "CognitoInboundFederationHandler"]
# --- end generated handler aliases ---

CognitoUserPoolTriggerHandler = Callable[["CognitoUserPoolTriggerEventDict", "LambdaContext"], "CognitoUserPoolTriggerEventDict"]
"""One function for several Cognito user pool triggers; return the event it received."""
