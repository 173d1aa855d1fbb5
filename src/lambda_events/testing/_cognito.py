"""What the Cognito trigger factories share: the user pool, the app client and the user, and the envelope every
trigger event wraps its request and response in."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Optional

from lambda_events.testing._scenario import LETTERS_AND_DIGITS, Scenario, Seed, b64

if TYPE_CHECKING:
    from lambda_events.types.cognito import CognitoCallerContextDict


class Trigger(NamedTuple):
    """The user pool, app client and user of one trigger event."""

    scene: Scenario
    """Where and when."""
    user_pool_id: str
    """The pool's id (`us-east-1_AbCdEfGhI`)."""
    user_name: str
    """The user's name in the pool (the `sub` when the test gives none, as in pools that sign in by email)."""
    attributes: dict[str, str]
    """The user's attributes."""
    caller: CognitoCallerContextDict
    """The SDK and app client of the call."""


def trigger(
    *,
    user_name: Optional[str],
    user_attributes: Optional[Mapping[str, str]],
    seed: Seed,
    at: Optional[datetime],
    region: str,
    account: str,
) -> Trigger:
    """The pool, app client and user of a trigger event: the default attributes of a confirmed user with a
    verified email address, updated with `user_attributes`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    sub = scene.uuid()
    name = user_name if user_name is not None else sub
    attributes = {
        "sub": sub,
        "cognito:user_status": "CONFIRMED",
        "email_verified": "true",
        "email": f"{name.split('@')[0]}@example.com",
    }
    attributes.update(user_attributes or {})
    return Trigger(
        scene=scene,
        user_pool_id=f"{region}_{scene.chars(9, LETTERS_AND_DIGITS)}",
        user_name=name,
        attributes=attributes,
        caller={"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": scene.lower_id(26)},
    )


def trigger_event(
    pool: Trigger,
    trigger_source: str,
    request: Mapping[str, Any],
    response: Optional[Mapping[str, Any]],
    *,
    version: str = "1",
    with_user: bool = True,
    validation_data: Optional[Mapping[str, str]] = None,
    client_metadata: Optional[Mapping[str, str]] = None,
) -> dict[str, Any]:
    """A trigger event as Cognito sends it: the format `version`, the `trigger_source`, the pool, the user's name
    (unless not `with_user`) and the caller; then `request`, with `validation_data` and `client_metadata` added
    when given; then `response`, the answer's keys as Cognito sends them (`None`: no `response` at all).

    Each factory casts the result to its trigger's TypedDict; the tests check every factory's events against
    that type strictly.
    """
    event: dict[str, Any] = {
        "version": version,
        "triggerSource": trigger_source,
        "region": pool.scene.region,
        "userPoolId": pool.user_pool_id,
    }
    if with_user:
        event["userName"] = pool.user_name
    event["callerContext"] = pool.caller
    event["request"] = dict(request)
    if validation_data is not None:
        event["request"]["validationData"] = dict(validation_data)
    if client_metadata is not None:
        event["request"]["clientMetadata"] = dict(client_metadata)
    if response is not None:
        event["response"] = dict(response)
    return event


def encrypted_code(scene: Scenario) -> str:
    """A code as the custom sender triggers receive it: AWS Encryption SDK ciphertext, base64-encoded (a
    message header's first bytes, then random bytes)."""
    return b64(b"\x01\x80\x03\x78" + scene.rng.getrandbits(8 * 220).to_bytes(220, "big"))
