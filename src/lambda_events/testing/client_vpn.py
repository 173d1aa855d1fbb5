"""Test events of AWS Client VPN client connect handlers."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.client_vpn import ClientVPNConnectionEventDict

__all__ = ["client_vpn_event"]

_AUTHENTICATIONS = ("certificate", "user")


def client_vpn_event(
    *,
    authentication: Literal["certificate", "user"] = "user",
    username: str = "jane@example.com",
    groups: Optional[str] = "engineering",
    platform: str = "Windows",
    aws_client: bool = True,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> ClientVPNConnectionEventDict:
    """A schema v3 connection request: a `user` (Active Directory or SAML, with `username` and `groups`;
    `groups=None` leaves the key out, as endpoints sending older schemas do) or a `certificate` (mutual
    authentication: a common name, no user name) on the AWS-provided client (`aws_client`) or another client.

    Raises `ValueError` for an unknown `authentication`.
    """
    if authentication not in _AUTHENTICATIONS:
        raise ValueError(f"authentication must be one of {', '.join(_AUTHENTICATIONS)}, not {authentication!r}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    event: ClientVPNConnectionEventDict = {
        "connection-id": f"cvpn-connection-{scene.hex(17)}",
        "endpoint-id": f"cvpn-endpoint-{scene.hex(17)}",
        "common-name": f"device-{scene.digits(4)}.vpn.example.com" if authentication == "certificate" else "",
        "username": username if authentication == "user" else "",
        "platform": platform,
        "platform-version": "10.0.19045",
        "public-ip": scene.ip(),
        "client-openvpn-version": "2.5.8",
        "aws-client-version": "3.9.0" if aws_client else "",
        "schema-version": "v3",
    }
    if groups is not None:
        event["groups"] = groups if authentication == "user" else ""
    return event
