"""Powertools' `cognito_create_auth.py`: a Cognito "create auth challenge" trigger that sets up a CAPTCHA.

Differences:
- `event.raw_event` is `event`: the handler changes the event's `response` and returns the event itself.
"""

from __future__ import annotations

from lambda_events import CreateAuthChallengeTriggerEventDict, LambdaContext


def handler(
    event: CreateAuthChallengeTriggerEventDict, context: LambdaContext
) -> CreateAuthChallengeTriggerEventDict:
    """Give a custom challenge its CAPTCHA: the picture's URL for the client, the answer for the check."""
    if event["request"]["challengeName"] == "CUSTOM_CHALLENGE":
        event["response"]["publicChallengeParameters"] = {"captchaUrl": "url/123.jpg"}
        event["response"]["privateChallengeParameters"] = {"answer": "5"}
        event["response"]["challengeMetadata"] = "CAPTCHA_CHALLENGE"
    return event
