"""A Secrets Manager rotation function: one handler, four steps."""

from __future__ import annotations

from typing import Callable

from lambda_events import LambdaContext, SecretsManagerEventDict, SecretsManagerRotationStep

DONE: list[str] = []
"""What the steps did, in order (a real function calls Secrets Manager and the database)."""


def create_secret(secret_id: str, token: str) -> None:
    """Generate a new password and store it as the AWSPENDING version labelled by `token`."""
    DONE.append(f"created pending version {token}")


def set_secret(secret_id: str, token: str) -> None:
    """Set the pending password in the database."""
    DONE.append("set it in the database")


def test_secret(secret_id: str, token: str) -> None:
    """Sign in to the database with the pending password."""
    DONE.append("signed in with it")


def finish_secret(secret_id: str, token: str) -> None:
    """Move the AWSCURRENT label to the pending version."""
    DONE.append(f"made {token} current")


STEPS: dict[SecretsManagerRotationStep, Callable[[str, str], None]] = {
    "createSecret": create_secret,
    "setSecret": set_secret,
    "testSecret": test_secret,
    "finishSecret": finish_secret,
}
"""Every step of the `Step` literal has its function; a checker flags a missing or misspelt one."""


def handler(event: SecretsManagerEventDict, context: LambdaContext) -> None:
    """Run the step Secrets Manager asks for; raising
    makes it retry, then mark the rotation failed."""
    STEPS[event["Step"]](event["SecretId"], event["ClientRequestToken"])
