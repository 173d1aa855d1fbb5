"""Amazon Connect contact flows: the factories of `lambda_events.testing.connect`
and the types of `lambda_events.types.connect`."""

from __future__ import annotations

from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
    string_maps,
)

CASES = [
    Case(
        factories.connect_event,
        {
            "attributes": string_maps, "parameters": string_maps,
            "channel": st.sampled_from(["VOICE", "CHAT", "TASK", "EMAIL"]), "queue": st.none() | names,
            "audio_stream": st.booleans(), "legacy": st.booleans(),
        },
        "connect",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_older_flows_and_flows_without_streaming() -> None:
    older = factories.connect_event(legacy=True, queue=None, seed=1)
    contact = older["Details"]["ContactData"]
    assert older["Name"] == "ContactFlowExecution" and contact["Channel"] == "Voice"
    assert "MediaStreams" not in contact and "Queue" not in contact
    assert lambda_events.detect_event_source(older) == "connect"
    quiet = factories.connect_event(audio_stream=False, seed=1)["Details"]["ContactData"]
    assert quiet.get("MediaStreams") == {"Customer": {"Audio": None}}
    assert factories.connect_event(queue=None, seed=1)["Details"]["ContactData"].get("Queue", "absent") is None
