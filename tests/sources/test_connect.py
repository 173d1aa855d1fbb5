"""Amazon Connect contact flows: the factories of `lambda_events.testing.connect`
and the types of `lambda_events.types.connect`."""

from __future__ import annotations

from hypothesis import strategies as st

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
        },
        "connect",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
