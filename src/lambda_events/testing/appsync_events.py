"""Test events of AWS AppSync Events channel namespace handlers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.appsync import appsync_api_host

if TYPE_CHECKING:
    from lambda_events.types.appsync_events import AppSyncEventsEventDict, AppSyncEventsPublishedEventDict

__all__ = ["appsync_events_event"]


def appsync_events_event(
    *,
    channel: str = "/default/chat",
    operation: Literal["PUBLISH", "SUBSCRIBE"] = "PUBLISH",
    payloads: Sequence[Any] = ({"text": "hello"},),
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> AppSyncEventsEventDict:
    """An AppSync Events Direct Lambda integration event: a client publishing `payloads` to `channel`, or
    subscribing to it (authorized with an API key)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    segments = [segment for segment in channel.split("/") if segment]
    events: list[AppSyncEventsPublishedEventDict] = [{"id": scene.uuid(), "payload": payload} for payload in payloads]
    return {
        "identity": None,
        "result": None,
        "request": {
            "headers": {
                "content-type": "application/json",
                "host": appsync_api_host(scene, scene.lower_id(26)),
                "x-forwarded-for": scene.ip(),
            },
            "domainName": None,
        },
        "info": {
            "channel": {"path": "/" + "/".join(segments), "segments": segments},
            "channelNamespace": {"name": segments[0] if segments else "default"},
            "operation": operation,
        },
        "error": None,
        "prev": None,
        "stash": {},
        "outErrors": [],
        "events": events if operation == "PUBLISH" else None,
    }
