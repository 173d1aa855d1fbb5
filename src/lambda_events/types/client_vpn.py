"""AWS Client VPN client connect handlers: the connection request a handler function receives after the
device and the user authenticated, and its decision to allow or deny the connection."""

from typing import Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = ["ClientVPNConnectionEventDict", "ClientVPNConnectionResponseDict", "ClientVPNSchemaVersion"]

ClientVPNSchemaVersion = Literal["v1", "v2", "v3"]
"""The versions of the handler's request and response format (the Client VPN administrator guide,
"Connection authorization")."""

ClientVPNConnectionEventDict = TypedDict(
    "ClientVPNConnectionEventDict",
    {
        "connection-id": str,
        "endpoint-id": str,
        "common-name": str,
        "username": str,
        "platform": str,
        "platform-version": str,
        "public-ip": str,
        "client-openvpn-version": str,
        "aws-client-version": NotRequired[str],
        "groups": NotRequired[str],
        "schema-version": str,
    },
)
"""A new connection to a Client VPN endpoint, for the client connect handler to allow or deny.

Every key's name has hyphens, so they are documented here:

- `connection-id`: the connection's id (`cvpn-connection-...`).
- `endpoint-id`: the Client VPN endpoint's id (`cvpn-endpoint-...`).
- `common-name`: the common name of the client certificate (mutual authentication); empty otherwise.
- `username`: the user's identifier (Active Directory or SAML authentication); empty for certificates only.
- `platform`, `platform-version`: the device's operating system and its version, as the client reports them.
- `public-ip`: the device's public IP address.
- `client-openvpn-version`: the OpenVPN version of the client.
- `aws-client-version`: the version of the AWS-provided client; empty for other clients, absent from schema
  versions before `v2`.
- `groups`: the user's groups from the identity provider (SAML); absent from schema versions before `v3`.
- `schema-version`: the request format's version (`v1`, `v2`, `v3`).
"""

ClientVPNConnectionResponseDict = TypedDict(
    "ClientVPNConnectionResponseDict",
    {
        "allow": bool,
        "error-msg-on-denied-connection": NotRequired[str],
        "posture-compliance-statuses": list[str],
        "schema-version": ClientVPNSchemaVersion,
    },
)
"""The handler's decision. A missing or malformed answer (or a timeout: the handler has 30 seconds) denies
the connection.

- `allow`: whether to let the connection in.
- `error-msg-on-denied-connection`: the message the AWS-provided client shows a denied user (up to 255
  characters).
- `posture-compliance-statuses`: the device's posture assessment results (up to 10 strings), recorded in the
  connection log.
- `schema-version`: the response format's version.
"""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

ClientVPNConnectionHandler = Callable[
    ["ClientVPNConnectionEventDict", "LambdaContext"],
    "ClientVPNConnectionResponseDict",
]
"""A Client VPN client connect handler; return whether to allow the connection."""

__all__ += ["ClientVPNConnectionHandler"]
# --- end generated handler aliases ---
