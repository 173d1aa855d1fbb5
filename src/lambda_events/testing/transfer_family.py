"""Test events of AWS Transfer Family custom identity providers."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.transfer_family import TransferFamilyAuthorizerEventDict

__all__ = ["transfer_family_event"]


def transfer_family_event(
    *,
    username: str = "jane.doe",
    password: Optional[str] = None,
    protocol: Literal["SFTP", "FTPS", "FTP", "AS2"] = "SFTP",
    key_authentication: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> TransferFamilyAuthorizerEventDict:
    """A Transfer Family login attempt: with a `password` (a random one by default), or with an SSH key when
    `key_authentication` (no password then)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event: TransferFamilyAuthorizerEventDict = {
        "username": username,
        "protocol": protocol,
        "serverId": f"s-{scene.hex(17)}",
        "sourceIp": scene.ip(),
    }
    if not key_authentication:
        event["password"] = password if password is not None else scene.base64(12)
    return event
