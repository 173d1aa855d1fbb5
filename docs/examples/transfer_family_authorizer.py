"""A custom identity provider for an AWS Transfer Family server."""

from __future__ import annotations

import hmac
import json

from lambda_events import (
    LambdaContext,
    TransferFamilyAuthorizerEventDict,
    TransferFamilyAuthorizerResponseDict,
)

USERS = {
    "value": {"password": "value", "key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample value"}
}
"""Users and their credentials (a real provider would
keep hashes in Secrets Manager or a directory)."""


def handler(
    event: TransferFamilyAuthorizerEventDict, context: LambdaContext
) -> TransferFamilyAuthorizerResponseDict:
    """Let a user in with a password, or with an SSH
    key over SFTP; an empty answer denies access."""
    user = USERS.get(event["username"])
    if user is None:
        return {}
    if "password" in event and not hmac.compare_digest(event["password"], user["password"]):
        return {}
    response: TransferFamilyAuthorizerResponseDict = {
        "Role": "arn:aws:iam::123456789012:role/transfer-access",
        "HomeDirectoryType": "LOGICAL",
        "HomeDirectoryDetails": json.dumps(
            [{"Entry": "/", "Target": f"/uploads-bucket/home/{event['username']}"}]
        ),
    }
    if "password" not in event:  # key authentication: the server checks the key against these
        response["PublicKeys"] = [user["key"]]
    return response
