"""A Secrets Manager rotation function, dispatching on the step as the AWS rotation templates do."""

from __future__ import annotations

from collections.abc import Callable

from lambda_events import SecretsManagerEventDict, SecretsManagerRotationStep


def create_secret(secret_id: str, token: str) -> None:
    """Pretend to put a new pending version of the secret."""


def set_secret(secret_id: str, token: str) -> None:
    """Pretend to set the pending password in the database."""


def test_secret(secret_id: str, token: str) -> None:
    """Pretend to log in with the pending password."""


def finish_secret(secret_id: str, token: str) -> None:
    """Pretend to move the AWSCURRENT label to the pending version."""


STEPS: dict[SecretsManagerRotationStep, Callable[[str, str], None]] = {
    "createSecret": create_secret,
    "setSecret": set_secret,
    "testSecret": test_secret,
    "finishSecret": finish_secret,
}


def handler(event: SecretsManagerEventDict, context: object) -> None:
    """Run the requested step; a raised error makes Secrets Manager retry it."""
    if "RotationToken" in event:
        print("cross-account rotation: pass RotationToken on to Secrets Manager")
    STEPS[event["Step"]](event["SecretId"], event["ClientRequestToken"])
