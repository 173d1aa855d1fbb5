"""AWS CodeDeploy lifecycle hooks: the factories of `lambda_events.testing.codedeploy`
and the types of `lambda_events.types.codedeploy`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
)

CASES = [
    Case(factories.codedeploy_event, {"deployment_id": st.none() | names}, "codedeploy"),
]

test_factories_make_valid_events = factory_test(CASES)
