"""Powertools' `cognito_verify_auth.py`: a Cognito "verify auth challenge response" trigger that compares
the user's answer with the one the challenge stored.

Differences:
- `event.raw_event` is `event`: the handler changes the event's `response` and returns the event itself.
"""

from __future__ import annotations

from lambda_events import LambdaContext, VerifyAuthChallengeResponseTriggerEventDict


def lambda_handler(
    event: VerifyAuthChallengeResponseTriggerEventDict, context: LambdaContext
) -> VerifyAuthChallengeResponseTriggerEventDict:
    """Whether the answer is the expected one."""
    event["response"]["answerCorrect"] = (
        event["request"]["privateChallengeParameters"].get("answer") == event["request"]["challengeAnswer"]
    )
    return event
