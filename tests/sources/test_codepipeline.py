"""AWS CodePipeline Invoke actions: the factories of `lambda_events.testing.codepipeline`
and the types of `lambda_events.types.codepipeline`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    json_objects,
    names,
    texts,
)

CASES = [
    Case(
        factories.codepipeline_event,
        {
            "user_parameters": st.none() | texts | json_objects, "input_artifacts": st.lists(names, max_size=2),
            "output_artifacts": st.lists(names, max_size=2), "kms_key": st.none() | names,
            "continuation_token": st.none() | names,
        },
        "codepipeline",
    ),
]

test_factories_make_valid_events = factory_test(CASES)
