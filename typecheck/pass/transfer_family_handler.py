"""A Transfer Family custom identity provider backed by an in-memory user table."""

from __future__ import annotations

import hmac
import json

from lambda_events import TransferFamilyAuthorizerEventDict, TransferFamilyAuthorizerResponseDict

USERS = {"jsmith": {"password": "s3cret", "key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample jsmith"}}


def handler(event: TransferFamilyAuthorizerEventDict, context: object) -> TransferFamilyAuthorizerResponseDict:
    """Let known users in with their password (FTP/FTPS/SFTP) or their SSH key (SFTP only)."""
    user = USERS.get(event["username"])
    if user is None:
        return {}
    response: TransferFamilyAuthorizerResponseDict = {
        "Role": "arn:aws:iam::123456789012:role/transfer-access-role-s3",
        "HomeDirectoryType": "LOGICAL",
        "HomeDirectoryDetails": json.dumps([{"Entry": "/", "Target": f"/amzn-s3-demo-bucket/home/{event['username']}"}]),
    }
    if "password" in event:
        if not hmac.compare_digest(event["password"], user["password"]):
            return {}
    elif event["protocol"] == "SFTP":
        response["PublicKeys"] = [user["key"]]
    else:
        return {}
    return response
