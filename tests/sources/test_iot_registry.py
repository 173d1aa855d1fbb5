"""AWS IoT registry events: the factories of `lambda_events.testing.iot_registry`
and the types of `lambda_events.types.iot_registry`."""

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
        factories.iot_registry_event,
        {
            "thing": names, "operation": st.sampled_from(["CREATED", "UPDATED", "DELETED"]), "attributes": string_maps,
            "thing_type": st.none() | names,
        },
        "iot_registry",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
