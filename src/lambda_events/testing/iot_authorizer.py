"""Test events of AWS IoT Core custom authorizers: MQTT, HTTPS and WebSocket connection requests."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.iot_authorizer import IoTAuthorizerEventDict, IoTAuthorizerProtocolDataDict

__all__ = ["iot_authorizer_event"]

_PROTOCOLS = ("mqtt", "http")


def iot_authorizer_event(
    *,
    protocol: Literal["mqtt", "http"] = "mqtt",
    token: Optional[str] = None,
    signature_verified: bool = True,
    username: Optional[str] = "device-user",
    password: Optional[bytes] = b"device-password",
    client_id: Optional[str] = "sensor-17",
    headers: Optional[Mapping[str, str]] = None,
    query_string: str = "",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> IoTAuthorizerEventDict:
    """A connection request to a custom authorizer: over MQTT (`username`, `password`, `client_id`, each left
    out when `None`) or HTTPS (`headers`, `query_string`). A `token` adds the token and `signature_verified`
    (an authorizer with a token key name and signing enabled).

    Raises `ValueError` for an unknown `protocol`, or a `query_string` that is neither empty nor starts with `?`.
    """
    if protocol not in _PROTOCOLS:
        raise ValueError(f"protocol must be one of {', '.join(_PROTOCOLS)}, not {protocol!r}")
    if query_string and not query_string.startswith("?"):
        raise ValueError(f"query_string must be empty or start with '?', not {query_string!r}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    endpoint = f"{scene.lower_id(14)}-ats.iot.{scene.region}.amazonaws.com"
    data: IoTAuthorizerProtocolDataDict = {"tls": {"serverName": endpoint}}
    if protocol == "mqtt":
        mqtt = data["mqtt"] = {}
        if username is not None:
            mqtt["username"] = username
        if password is not None:
            mqtt["password"] = base64.b64encode(password).decode()
        if client_id is not None:
            mqtt["clientId"] = client_id
    else:
        data["http"] = {"headers": {"host": endpoint, **(headers or {})}, "queryString": query_string}
    event: IoTAuthorizerEventDict = {
        "protocols": ["tls", protocol],
        "protocolData": data,
        "connectionMetadata": {"id": scene.uuid()},
    }
    if token is not None:
        event["token"] = token
        event["signatureVerified"] = signature_verified
    return event
