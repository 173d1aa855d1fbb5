"""API Gateway WebSocket API: the factories of `lambda_events.testing.api_gateway_websocket`
and the types of `lambda_events.types.api_gateway_websocket`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    bodies,
    factory_test,
    fields,
    names,
)

CASES = [
    Case(
        factories.api_gateway_websocket_event,
        {
            "event_type": st.sampled_from(["CONNECT", "MESSAGE", "DISCONNECT"]), "body": bodies, "query": fields,
            "route_key": st.none() | names,
        },
        "api_gateway_websocket",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
