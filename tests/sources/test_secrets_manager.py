"""AWS Secrets Manager rotation: the factories of `lambda_events.testing.secrets_manager`
and the types of `lambda_events.types.secrets_manager`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    names,
)

CASES = [
    Case(
        factories.secrets_manager_event,
        {
            "step": st.sampled_from(["createSecret", "setSecret", "testSecret", "finishSecret"]), "secret": names,
            "rotation_token": st.booleans(),
        },
        "secrets_manager",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
