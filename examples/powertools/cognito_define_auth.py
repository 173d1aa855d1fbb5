"""Powertools' `cognito_define_auth.py`: a Cognito "define auth challenge" trigger that runs SRP, then the
password check, then a custom challenge, and issues tokens when all three succeeded.

Differences:
- `event.raw_event` is `event`: the handler changes the event's `response` and returns the event itself.
"""

from __future__ import annotations

from lambda_events import DefineAuthChallengeTriggerEventDict, LambdaContext


def lambda_handler(
    event: DefineAuthChallengeTriggerEventDict, context: LambdaContext
) -> DefineAuthChallengeTriggerEventDict:
    """The next step of the authentication, from the challenges answered so far."""
    if len(event["request"]["session"]) == 1 and event["request"]["session"][0]["challengeName"] == "SRP_A":
        event["response"]["issueTokens"] = False
        event["response"]["failAuthentication"] = False
        event["response"]["challengeName"] = "PASSWORD_VERIFIER"
    elif (
        len(event["request"]["session"]) == 2
        and event["request"]["session"][1]["challengeName"] == "PASSWORD_VERIFIER"
        and event["request"]["session"][1]["challengeResult"]
    ):
        event["response"]["issueTokens"] = False
        event["response"]["failAuthentication"] = False
        event["response"]["challengeName"] = "CUSTOM_CHALLENGE"
    elif (
        len(event["request"]["session"]) == 3
        and event["request"]["session"][2]["challengeName"] == "CUSTOM_CHALLENGE"
        and event["request"]["session"][2]["challengeResult"]
    ):
        event["response"]["issueTokens"] = True
        event["response"]["failAuthentication"] = False
    else:
        event["response"]["issueTokens"] = False
        event["response"]["failAuthentication"] = True

    return event
