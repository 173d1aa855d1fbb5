"""A Cognito pre sign-up trigger: only company addresses
may sign up, and they are confirmed at once."""

from __future__ import annotations

from lambda_events import LambdaContext, PreSignUpTriggerEventDict

COMPANY_DOMAINS = {"example.com", "example.org"}


def handler(event: PreSignUpTriggerEventDict, context: LambdaContext) -> PreSignUpTriggerEventDict:
    """Refuse other domains (raising makes Cognito
    refuse the sign-up); confirm and verify the others.

    The trigger answers by returning the event with its `response` filled in:
    a misspelt key there is a type error, not a silently ignored answer."""
    email = event["request"]["userAttributes"].get("email", "")
    if email.rpartition("@")[2].lower() not in COMPANY_DOMAINS:
        raise ValueError("sign-up is open to company addresses only")
    # federated users come verified by their IdP
    if event["triggerSource"] != "PreSignUp_ExternalProvider":
        event["response"]["autoConfirmUser"] = True
        event["response"]["autoVerifyEmail"] = True
    return event
