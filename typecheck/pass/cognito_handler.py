"""Cognito user pool triggers: a custom authentication flow, a pre sign-up check and one function for all."""

from __future__ import annotations

from lambda_events import (
    CognitoUserPoolTriggerEventDict,
    CreateAuthChallengeTriggerEventDict,
    DefineAuthChallengeTriggerEventDict,
    PreSignUpTriggerEventDict,
    PreTokenGenerationV2TriggerEventDict,
    VerifyAuthChallengeResponseTriggerEventDict,
)

ALLOWED_DOMAINS = {"example.com", "example.org"}
MAX_CAPTCHA_ATTEMPTS = 3


def define_auth_challenge(
    event: DefineAuthChallengeTriggerEventDict, context: object
) -> DefineAuthChallengeTriggerEventDict:
    """Ask for the password, then a CAPTCHA; issue tokens once both are answered correctly."""
    session = event["request"]["session"]
    response = event["response"]
    if event["request"].get("userNotFound"):
        response["issueTokens"] = False
        response["failAuthentication"] = True
        return event
    if not session:
        response["challengeName"] = "SRP_A"
    elif session[-1]["challengeName"] == "SRP_A" and session[-1]["challengeResult"]:
        response["challengeName"] = "PASSWORD_VERIFIER"
    elif session[-1]["challengeName"] == "PASSWORD_VERIFIER" and session[-1]["challengeResult"]:
        response["challengeName"] = "CUSTOM_CHALLENGE"
        response["issueTokens"] = False
        response["failAuthentication"] = False
    elif session[-1]["challengeName"] == "CUSTOM_CHALLENGE" and session[-1]["challengeResult"]:
        response["issueTokens"] = True
        response["failAuthentication"] = False
    else:
        captcha_tries = [entry for entry in session if entry.get("challengeMetadata") == "CAPTCHA_CHALLENGE"]
        if len(captcha_tries) >= MAX_CAPTCHA_ATTEMPTS:
            response["issueTokens"] = False
            response["failAuthentication"] = True
        else:
            response["challengeName"] = "CUSTOM_CHALLENGE"
    return event


def create_auth_challenge(
    event: CreateAuthChallengeTriggerEventDict, context: object
) -> CreateAuthChallengeTriggerEventDict:
    """Create the CAPTCHA the define-auth-challenge function asked for."""
    if event["request"]["challengeName"] == "CUSTOM_CHALLENGE":
        event["response"]["publicChallengeParameters"] = {"captchaUrl": "https://example.com/captcha/7.png"}
        event["response"]["privateChallengeParameters"] = {"answer": "7"}
        event["response"]["challengeMetadata"] = "CAPTCHA_CHALLENGE"
    return event


def verify_auth_challenge(
    event: VerifyAuthChallengeResponseTriggerEventDict, context: object
) -> VerifyAuthChallengeResponseTriggerEventDict:
    """Compare the user's answer with the one the challenge stored."""
    expected = event["request"]["privateChallengeParameters"].get("answer")
    event["response"]["answerCorrect"] = event["request"]["challengeAnswer"].strip() == expected
    return event


def pre_sign_up(event: PreSignUpTriggerEventDict, context: object) -> PreSignUpTriggerEventDict:
    """Auto-confirm users whose email address is in an allowed domain."""
    attributes = event["request"]["userAttributes"]
    domain = attributes.get("email", "").rpartition("@")[2]
    event["response"]["autoConfirmUser"] = domain in ALLOWED_DOMAINS
    if domain in ALLOWED_DOMAINS:
        event["response"]["autoVerifyEmail"] = True
    if "phone_number" in attributes:
        event["response"]["autoVerifyPhone"] = False
    return event


def add_tenant_claim(event: PreTokenGenerationV2TriggerEventDict, context: object) -> PreTokenGenerationV2TriggerEventDict:
    """Put the user's tenant into both tokens and a scope into the access token."""
    tenant = event["request"]["userAttributes"].get("custom:tenant", "default")
    event["response"]["claimsAndScopeOverrideDetails"] = {
        "idTokenGeneration": {"claimsToAddOrOverride": {"tenant": tenant}},
        "accessTokenGeneration": {
            "claimsToAddOrOverride": {"tenant": tenant, "limits": {"orders": 100}},
            "scopesToAdd": [f"{tenant}/orders.read"],
        },
    }
    return event


def audit(event: CognitoUserPoolTriggerEventDict, context: object) -> CognitoUserPoolTriggerEventDict:
    """One function wired to several triggers: narrow on the trigger source before using its keys."""
    source = event["triggerSource"]
    if event["triggerSource"] == "PreSignUp_ExternalProvider":
        event["response"]["autoConfirmUser"] = True
        print("federated sign-up", event["userName"], event["request"].get("validationData"))
    elif event["triggerSource"] == "PostAuthentication_Authentication":
        print("sign-in", event["userName"], "new device" if event["request"].get("newDeviceUsed") else "")
    elif event["triggerSource"] == "CustomMessage_ForgotPassword":
        code = event["request"]["codeParameter"]
        event["response"]["emailSubject"] = "Reset your password"
        event["response"]["emailMessage"] = f"Your reset code is {code}."
    elif event["triggerSource"] == "UserMigration_Authentication":
        event["response"]["finalUserStatus"] = "CONFIRMED"
        event["response"]["messageAction"] = "SUPPRESS"
    elif event["triggerSource"] == "CustomEmailSender_AccountTakeOverNotification":
        print("account takeover", event["request"]["userAttributes"].get("IP_ADDRESS"), event["request"]["code"])
    else:
        print("trigger", source, "for pool", event["userPoolId"], "in", event["region"])
    return event
