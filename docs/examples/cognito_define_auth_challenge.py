"""A Cognito define-auth-challenge trigger: password
first (SRP), then a custom challenge, then tokens."""

from __future__ import annotations

from lambda_events import DefineAuthChallengeTriggerEventDict, LambdaContext

MAX_CUSTOM_ATTEMPTS = 3


def handler(
    event: DefineAuthChallengeTriggerEventDict, context: LambdaContext
) -> DefineAuthChallengeTriggerEventDict:
    """Decide the next step of the sign-in from the
    challenges answered so far (`request.session`)."""
    session = event["request"]["session"]
    response = event["response"]
    if event["request"].get("userNotFound", False):
        response["issueTokens"] = False
        response["failAuthentication"] = True
        return event
    last = session[-1] if session else None
    if last is None:
        response["challengeName"] = "SRP_A"
    elif last["challengeName"] == "SRP_A" and last["challengeResult"]:
        response["challengeName"] = "PASSWORD_VERIFIER"
    elif (
        last["challengeName"] in ("PASSWORD_VERIFIER", "CUSTOM_CHALLENGE")
        and not last["challengeResult"]
    ):
        attempts = sum(1 for answer in session if answer["challengeName"] == "CUSTOM_CHALLENGE")
        failed = last["challengeName"] == "PASSWORD_VERIFIER" or attempts >= MAX_CUSTOM_ATTEMPTS
        response["issueTokens"] = False
        response["failAuthentication"] = failed
        if not failed:
            response["challengeName"] = "CUSTOM_CHALLENGE"
    elif last["challengeName"] == "PASSWORD_VERIFIER":
        response["issueTokens"] = False
        response["failAuthentication"] = False
        response["challengeName"] = "CUSTOM_CHALLENGE"
    else:  # the custom challenge was answered correctly
        response["issueTokens"] = True
        response["failAuthentication"] = False
    return event
