"""Powertools' `secrets_manager.py`: a Secrets Manager rotation function that reads the version of the
secret being rotated.

Differences:
- Powertools' parameters utility (`SecretsProvider().get(...)`, not part of the data classes) is the
  Secrets Manager call it makes: `get_secret_value` with the same arguments, its `SecretString` returned.
- boto3 ships no type information, so the module loads it as `Any` (`importlib.import_module`).
"""

from __future__ import annotations

import importlib
from typing import Any

from lambda_events import LambdaContext, SecretsManagerEventDict

boto3: Any = importlib.import_module("boto3")


def lambda_handler(event: SecretsManagerEventDict, context: LambdaContext) -> str:
    """The secret's value in the version the rotation works on."""
    secrets_client = boto3.client("secretsmanager")
    secret: str = secrets_client.get_secret_value(
        SecretId=event["SecretId"], VersionId=event["ClientRequestToken"], VersionStage="AWSCURRENT"
    )["SecretString"]

    return secret
