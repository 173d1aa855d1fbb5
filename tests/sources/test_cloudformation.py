"""AWS CloudFormation custom resources: the factories of `lambda_events.testing.cloudformation`
and the types of `lambda_events.types.cloudformation`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    json_objects,
    names,
)

CASES = [
    Case(
        factories.cloudformation_event,
        {
            "request_type": st.sampled_from(["Create", "Update", "Delete"]), "properties": st.none() | json_objects,
            "resource_type": names, "logical_id": names,
        },
        "cloudformation",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
