"""A Client VPN client connect handler: no connections during the nightly maintenance window, and only users
of the allowed groups (certificate-only devices have no groups and are let in)."""

from datetime import datetime, timezone

from lambda_events import ClientVPNConnectionEventDict, ClientVPNConnectionResponseDict

ALLOWED_GROUPS = {"engineering", "operations"}
MAINTENANCE_HOUR_UTC = 2


def decide(event: ClientVPNConnectionEventDict, now: datetime) -> ClientVPNConnectionResponseDict:
    if now.hour == MAINTENANCE_HOUR_UTC:
        message = "Connections are closed during the maintenance window (02:00-03:00 UTC)."
    elif event["username"] and event.get("groups", "") not in ALLOWED_GROUPS:
        message = f"{event['username']} is not in a group allowed to connect."
    else:
        return {"allow": True, "posture-compliance-statuses": [], "schema-version": "v3"}
    return {
        "allow": False,
        "error-msg-on-denied-connection": message,
        "posture-compliance-statuses": [],
        "schema-version": "v3",
    }


def handler(event: ClientVPNConnectionEventDict, context: object) -> ClientVPNConnectionResponseDict:
    return decide(event, datetime.now(timezone.utc))
