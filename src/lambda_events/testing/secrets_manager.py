"""Test events of AWS Secrets Manager rotation functions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, LETTERS_AND_DIGITS, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.secrets_manager import SecretsManagerEventDict, SecretsManagerRotationStep

__all__ = ["secrets_manager_event"]


def secrets_manager_event(
    *,
    step: SecretsManagerRotationStep = "createSecret",
    secret: str = "example/database",
    rotation_token: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SecretsManagerEventDict:
    """One step of a Secrets Manager rotation of `secret`; `rotation_token` adds the token sent when rotation
    runs with an assumed role or across accounts."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event: SecretsManagerEventDict = {
        "Step": step,
        "SecretId": scene.arn("secretsmanager", f"secret:{secret}-{scene.chars(6, LETTERS_AND_DIGITS)}"),
        "ClientRequestToken": scene.uuid(),
    }
    if rotation_token:
        event["RotationToken"] = scene.base64(96)
    return event
