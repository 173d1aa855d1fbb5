"""Test events of the Amazon Cognito custom authentication triggers: define, create and verify a challenge."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional, cast

from lambda_events.testing._cognito import trigger, trigger_event
from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Seed

if TYPE_CHECKING:
    from lambda_events.types.cognito import (
        CognitoChallengeName,
        CognitoChallengeResultDict,
        CreateAuthChallengeTriggerEventDict,
        DefineAuthChallengeTriggerEventDict,
        VerifyAuthChallengeResponseTriggerEventDict,
    )

__all__ = [
    "cognito_create_auth_challenge_event",
    "cognito_define_auth_challenge_event",
    "cognito_verify_auth_challenge_response_event",
]


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
